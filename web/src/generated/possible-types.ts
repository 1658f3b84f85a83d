
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "BoardChange",
      "Check",
      "Company",
      "Concept",
      "CorporateEvent",
      "Definition",
      "Disclosure",
      "Dividend",
      "Fact",
      "Footnote",
      "Guidance",
      "LineItem",
      "Period",
      "Person",
      "Quote",
      "Revision",
      "Role",
      "Security",
      "ShareRepurchaseProgram",
      "StatementTable",
      "TextFact"
    ],
    "SearchResult": [
      "Definition",
      "Footnote",
      "LineItem"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "BoardChange",
      "Check",
      "Company",
      "Concept",
      "CorporateEvent",
      "Definition",
      "Disclosure",
      "Dividend",
      "Fact",
      "Footnote",
      "Guidance",
      "LineItem",
      "Period",
      "Person",
      "Quote",
      "Revision",
      "Role",
      "Security",
      "ShareRepurchaseProgram",
      "StatementTable",
      "TextFact"
    ],
    "SearchResult": [
      "Definition",
      "Footnote",
      "LineItem"
    ]
  }
};
      export default result;
    