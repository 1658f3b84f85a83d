import { readdirSync, readFileSync } from 'node:fs';
import { parseXml, decodeXml } from '../src/xbrl/xml.js';
import { findFilings } from '../src/xbrl/index.js';
const folders = findFilings('/work/shared/xbrl');
const files = folders.flatMap((f) => readdirSync(f).filter((n) => /\.(xml|xsd)$/.test(n)).map((n) => `${f}/${n}`));
const srcs = files.map((f) => decodeXml(readFileSync(f), f));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const out = [];
for (let r = 0; r < 8; r++) {
  const t = cpu(); for (const [i, s] of srcs.entries()) parseXml(s, files[i]); out.push(cpu() - t);
}
console.log(process.env.LABEL, out.map((x) => x.toFixed(0)).join(' '), 'min', Math.min(...out).toFixed(0));
