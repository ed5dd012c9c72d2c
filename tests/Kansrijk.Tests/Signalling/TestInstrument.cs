namespace Kansrijk.Tests.Signalling;

/// <summary>A small instrument in the agreed format, with every item type, a show-if, a partner item and two themes.</summary>
public static class TestInstrument
{
    public static string Json(int version = 1, string key = "test-instrument") => $$"""
    {
      "format": "kansrijk-instrument/1",
      "key": "{{key}}",
      "version": {{version}},
      "name": { "nl": "Testvragenlijst", "en": "Test questionnaire", "ar": "استبيان تجريبي" },
      "intro": { "nl": "Een korte lijst. U mag elke vraag overslaan.", "en": "A short list. You may skip any question." },
      "languages": ["nl", "en", "ar", "tr", "pl"],
      "overallThreshold": 4,
      "wishForHelp": {
        "question": { "nl": "Wilt u hier hulp bij, of meer over weten?", "en": "Would you like help with this?" },
        "options": [
          { "value": "ja", "text": { "nl": "Ja", "en": "Yes" } },
          { "value": "misschien", "text": { "nl": "Misschien later" } },
          { "value": "nee", "text": { "nl": "Nee", "en": "No" } }
        ]
      },
      "domains": [
        {
          "key": "geld-en-schulden",
          "name": { "nl": "Geld en schulden", "en": "Money and debts", "ar": "المال والديون" },
          "threshold": 2,
          "themes": ["financien-en-schulden"],
          "womanAdvice": { "nl": "Over geld praten helpt. Er is hulp bij u in de buurt.", "en": "Talking about money helps." },
          "professionalText": "Vraag door naar rondkomen en schulden.",
          "items": [
            {
              "key": "geld-rondkomen",
              "type": "choice",
              "text": { "nl": "Kunt u rondkomen met uw geld?", "en": "Can you make ends meet?", "ar": "هل يكفيك مالك؟" },
              "options": [
                { "value": "makkelijk", "text": { "nl": "Ja, makkelijk", "en": "Yes, easily" }, "weight": 0 },
                { "value": "net", "text": { "nl": "Net aan", "en": "Just" }, "weight": 1 },
                { "value": "nee", "text": { "nl": "Nee", "en": "No" }, "weight": 2 }
              ]
            },
            {
              "key": "geld-schulden",
              "type": "yesno",
              "text": { "nl": "Heeft u schulden?", "en": "Do you have debts?" },
              "options": [
                { "value": "ja", "text": { "nl": "Ja", "en": "Yes" }, "weight": 1 },
                { "value": "nee", "text": { "nl": "Nee", "en": "No" }, "weight": 0 }
              ]
            },
            {
              "key": "geld-schulden-hulp",
              "type": "yesno",
              "text": { "nl": "Heeft u al hulp bij uw schulden?" },
              "showIf": { "item": "geld-schulden", "in": ["ja"] },
              "options": [
                { "value": "ja", "text": { "nl": "Ja" }, "weight": 0 },
                { "value": "nee", "text": { "nl": "Nee" }, "weight": 1 }
              ]
            }
          ]
        },
        {
          "key": "roken-en-drinken",
          "name": { "nl": "Roken en drinken", "en": "Smoking and drinking" },
          "threshold": 2,
          "themes": ["roken-en-alcohol", "verslaving-en-middelengebruik"],
          "womanAdvice": { "nl": "Stoppen is moeilijk. U hoeft het niet alleen te doen." },
          "professionalText": "Bespreek stoppen met roken.",
          "items": [
            {
              "key": "middelen-sigaretten",
              "type": "number",
              "text": { "nl": "Hoeveel sigaretten rookt u per dag?", "en": "How many cigarettes a day?" },
              "number": { "min": 0, "max": 80, "unit": { "nl": "sigaretten" }, "weights": [ { "atLeast": 1, "weight": 2 }, { "atLeast": 10, "weight": 3 } ] }
            },
            {
              "key": "partner-rookt",
              "type": "yesno",
              "text": { "nl": "Rookt uw partner?" },
              "forPartner": true,
              "options": [
                { "value": "ja", "text": { "nl": "Ja" }, "weight": 1 },
                { "value": "nee", "text": { "nl": "Nee" }, "weight": 0 }
              ]
            }
          ]
        },
        {
          "key": "welzijn",
          "name": { "nl": "Hoe gaat het met u?", "en": "How are you?" },
          "threshold": 3,
          "themes": ["psychische-problematiek"],
          "womanAdvice": { "nl": "Veel vrouwen voelen zich soms somber. Praten helpt." },
          "professionalText": "Vraag naar stemming en steun.",
          "items": [
            {
              "key": "welzijn-stemming",
              "type": "scale",
              "text": { "nl": "Hoe vaak voelde u zich de laatste twee weken somber?" },
              "options": [
                { "value": "1", "text": { "nl": "Nooit" }, "weight": 0 },
                { "value": "2", "text": { "nl": "Soms" }, "weight": 1 },
                { "value": "3", "text": { "nl": "Vaak" }, "weight": 2 },
                { "value": "4", "text": { "nl": "Altijd" }, "weight": 3 }
              ]
            },
            {
              "key": "toelichting",
              "type": "text",
              "text": { "nl": "Wilt u nog iets vertellen?" }
            }
          ]
        }
      ]
    }
    """;
}
