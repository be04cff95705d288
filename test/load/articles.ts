// Fictional articles for the document tests (written for this project; no real events or people).

export const COLUMNS_TITLE = "Ferry workers walk out over rota changes";
export const COLUMNS_DECK = ["PORT AVEREL, March 4, 2025"];
export const COLUMNS_ARTICLE = [
  "PORT AVEREL — Crews on the Averel Sound ferries stopped work on Tuesday morning, leaving hundreds of commuters stranded on both piers, after talks with the operator broke down over a new shift rota.",
  "The Maritime and Harbour Workers Union said its members would stay off the boats until Sound Link Ferries withdrew the rota, which it says adds unpaid standby hours and cuts rest breaks between crossings. The operator said the changes were needed to keep the timetable reliable through the summer season.",
  "\"Nobody on these boats is against a reliable timetable,\" said Mirela Quint, the union's regional organiser. \"We are against building it out of our members' unpaid evenings.\" She demanded that the company reinstate the previous agreement and open independent arbitration before the end of March.",
  "Sound Link Ferries chief executive Tobias Renwick said the company had offered a one-off payment of 400 pounds to each crew member and would meet the union again on Friday. He rejected arbitration, calling it an unnecessary delay, and urged crews to return to work while negotiations continued.",
  "The harbour authority asked commuters to use the coastal bus service, which added extra departures for the rest of the week. Councillor Agnes Fairbrother called on both sides to settle the dispute quickly, warning that schools on the island would struggle to open if teachers could not cross.",
  "Union officials said a second stoppage was planned for March 14 if no agreement was reached, and that a ballot on longer strike action would close on April 2. Passengers were told to check the operator's website before travelling.",
];

export const RELEASE_TITLE = "Northgate Water proposes new tariff after drought review";
export const RELEASE_DECK = ["FOR IMMEDIATE RELEASE", "June 10, 2025"];
export const RELEASE_ARTICLE = [
  "NORTHGATE — Northgate Water announced on Tuesday that it will ask the regional utilities regulator to approve a new household tariff, following an independent review of last summer's drought.",
  "The review, commissioned by the company's board in October, found that leaks in the older eastern network accounted for nearly a fifth of the water lost during the shortage. The company plans to replace forty kilometres of mains over the next three years.",
  "\"Our customers told us clearly that they expect us to fix the pipes before we ask them to save water,\" said Helena Strand, chief executive of Northgate Water. \"This plan does exactly that, and we will report our progress every quarter.\"",
  "Under the proposal, the standing charge would fall by six percent, while the price per cubic metre above a household allowance would rise. Customers on the assistance scheme would be exempt from the increase.",
  "The Northgate Consumer Council welcomed the leak programme but demanded that the company publish its repair schedule street by street and compensate households that lost supply for more than twelve hours. Its chair, Daniel Oyelaran, said the council would respond formally by July 15.",
  "The regulator is expected to decide on the tariff by September 30. If approved, the new charges would take effect on January 1, 2026.",
  "The company will hold public meetings in Northgate, Elsmere and Tarrow during the last two weeks of June, where engineers will present the network plan and answer questions.",
  "Northgate Water supplies drinking water to about 410,000 homes and businesses across the northern district and operates three treatment works.",
  "For media enquiries, the press office can be reached on weekdays between nine and five.",
];
