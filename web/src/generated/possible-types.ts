
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "BoardChange",
      "Check",
      "Company",
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
      "Role",
      "Security",
      "ShareRepurchaseProgram",
      "StatementTable"
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
      "Role",
      "Security",
      "ShareRepurchaseProgram",
      "StatementTable"
    ],
    "SearchResult": [
      "Definition",
      "Footnote",
      "LineItem"
    ]
  }
};
      export default result;
    