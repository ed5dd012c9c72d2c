using Kansrijk.Signalling.Instruments;

namespace Kansrijk.Signalling.Pages;

/// <summary>The few words of the questionnaire's own pages (buttons, headings) in each language she can choose.</summary>
public static class QuestionnaireWords
{
    /// <summary>Each language's own name, as shown on the choice.</summary>
    public static readonly IReadOnlyDictionary<string, string> LanguageNames = new Dictionary<string, string>
    {
        ["nl"] = "Nederlands",
        ["en"] = "English",
        ["ar"] = "العربية",
        ["tr"] = "Türkçe",
        ["pl"] = "Polski",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Words = new()
    {
        ["title"] = new() { ["nl"] = "Vragenlijst", ["en"] = "Questionnaire", ["ar"] = "الاستبيان", ["tr"] = "Anket", ["pl"] = "Ankieta" },
        ["step"] = new() { ["nl"] = "Stap {0} van {1}", ["en"] = "Step {0} of {1}", ["ar"] = "الخطوة {0} من {1}", ["tr"] = "Adım {0} / {1}", ["pl"] = "Krok {0} z {1}" },
        ["skip"] = new() { ["nl"] = "Ik sla deze vraag over", ["en"] = "I skip this question", ["ar"] = "أتخطى هذا السؤال", ["tr"] = "Bu soruyu atlıyorum", ["pl"] = "Pomijam to pytanie" },
        ["may-skip"] = new() { ["nl"] = "U mag elke vraag overslaan. Uw antwoorden worden bewaard; met uw code kunt u later verder.", ["en"] = "You may skip any question. Your answers are saved; with your code you can continue later.", ["ar"] = "يمكنك تخطي أي سؤال. يتم حفظ إجاباتك؛ ويمكنك المتابعة لاحقًا باستخدام رمزك.", ["tr"] = "Her soruyu atlayabilirsiniz. Cevaplarınız kaydedilir; kodunuzla daha sonra devam edebilirsiniz.", ["pl"] = "Możesz pominąć każde pytanie. Twoje odpowiedzi są zapisywane; za pomocą kodu możesz kontynuować później." },
        ["next"] = new() { ["nl"] = "Opslaan en verder", ["en"] = "Save and continue", ["ar"] = "حفظ ومتابعة", ["tr"] = "Kaydet ve devam et", ["pl"] = "Zapisz i dalej" },
        ["back"] = new() { ["nl"] = "Vorige stap", ["en"] = "Previous step", ["ar"] = "الخطوة السابقة", ["tr"] = "Önceki adım", ["pl"] = "Poprzedni krok" },
        ["review"] = new() { ["nl"] = "Uw antwoorden nakijken", ["en"] = "Check your answers", ["ar"] = "راجعي إجاباتك", ["tr"] = "Cevaplarınızı kontrol edin", ["pl"] = "Sprawdź swoje odpowiedzi" },
        ["change"] = new() { ["nl"] = "Wijzigen", ["en"] = "Change", ["ar"] = "تغيير", ["tr"] = "Değiştir", ["pl"] = "Zmień" },
        ["send"] = new() { ["nl"] = "Versturen", ["en"] = "Send", ["ar"] = "إرسال", ["tr"] = "Gönder", ["pl"] = "Wyślij" },
        ["send-note"] = new() { ["nl"] = "Na het versturen kunt u niets meer veranderen. Uw zorgverlener ziet uw antwoorden.", ["en"] = "After sending you cannot change anything. Your care provider sees your answers.", ["ar"] = "بعد الإرسال لا يمكنك تغيير أي شيء. سيرى مقدم الرعاية إجاباتك.", ["tr"] = "Gönderdikten sonra hiçbir şeyi değiştiremezsiniz. Bakım vereniniz cevaplarınızı görür.", ["pl"] = "Po wysłaniu nie możesz niczego zmienić. Twój opiekun zobaczy Twoje odpowiedzi." },
        ["no-answer"] = new() { ["nl"] = "Niet beantwoord", ["en"] = "Not answered", ["ar"] = "لم تتم الإجابة", ["tr"] = "Cevaplanmadı", ["pl"] = "Brak odpowiedzi" },
        ["thanks"] = new() { ["nl"] = "Dank u wel. Uw antwoorden zijn verstuurd.", ["en"] = "Thank you. Your answers have been sent.", ["ar"] = "شكرًا لك. تم إرسال إجاباتك.", ["tr"] = "Teşekkür ederiz. Cevaplarınız gönderildi.", ["pl"] = "Dziękujemy. Twoje odpowiedzi zostały wysłane." },
        ["advice"] = new() { ["nl"] = "Ons advies", ["en"] = "Our advice", ["ar"] = "نصيحتنا", ["tr"] = "Tavsiyemiz", ["pl"] = "Nasza rada" },
        ["no-advice"] = new() { ["nl"] = "Uit uw antwoorden komt geen advies. Hebt u toch vragen? Bespreek ze met uw zorgverlener.", ["en"] = "Your answers lead to no advice. Do you still have questions? Talk to your care provider.", ["ar"] = "لا تؤدي إجاباتك إلى أي نصيحة. هل لديك أسئلة؟ تحدثي مع مقدم الرعاية.", ["tr"] = "Cevaplarınızdan bir tavsiye çıkmıyor. Yine de sorularınız mı var? Bakım vereninizle konuşun.", ["pl"] = "Z Twoich odpowiedzi nie wynika żadna rada. Masz pytania? Porozmawiaj ze swoim opiekunem." },
        ["help-near"] = new() { ["nl"] = "Hulp in uw gemeente", ["en"] = "Help in your municipality", ["ar"] = "المساعدة في بلديتك", ["tr"] = "Belediyenizdeki yardım", ["pl"] = "Pomoc w Twojej gminie" },
        ["your-answers"] = new() { ["nl"] = "Uw antwoorden", ["en"] = "Your answers", ["ar"] = "إجاباتك", ["tr"] = "Cevaplarınız", ["pl"] = "Twoje odpowiedzi" },
        ["phone"] = new() { ["nl"] = "Telefoon", ["en"] = "Phone", ["ar"] = "الهاتف", ["tr"] = "Telefon", ["pl"] = "Telefon" },
        ["website"] = new() { ["nl"] = "Website", ["en"] = "Website", ["ar"] = "الموقع الإلكتروني", ["tr"] = "Web sitesi", ["pl"] = "Strona internetowa" },
        ["choose-language"] = new() { ["nl"] = "In welke taal wilt u de vragen lezen?", ["en"] = "In which language do you want to read the questions?", ["ar"] = "بأي لغة تريدين قراءة الأسئلة؟", ["tr"] = "Soruları hangi dilde okumak istiyorsunuz?", ["pl"] = "W jakim języku chcesz czytać pytania?" },
        ["start"] = new() { ["nl"] = "Beginnen", ["en"] = "Start", ["ar"] = "ابدئي", ["tr"] = "Başla", ["pl"] = "Rozpocznij" },
        ["number-error"] = new() { ["nl"] = "Vul een getal in van {0} tot en met {1}, of laat het vak leeg.", ["en"] = "Enter a number from {0} to {1}, or leave the box empty.", ["ar"] = "اكتبي رقمًا من {0} إلى {1}، أو اتركي الخانة فارغة.", ["tr"] = "{0} ile {1} arasında bir sayı yazın veya kutuyu boş bırakın.", ["pl"] = "Wpisz liczbę od {0} do {1} albo zostaw pole puste." },
        ["dutch"] = new() { ["nl"] = "(Nederlands)", ["en"] = "(Nederlands)", ["ar"] = "(Nederlands)", ["tr"] = "(Nederlands)", ["pl"] = "(Nederlands)" },
    };

    public static string Of(string key, string language) =>
        Words[key].TryGetValue(language, out var text) ? text : Words[key][LocalText.Dutch];

    public static string Language(string? language) => language is not null && Languages.Supported.Contains(language) ? language : LocalText.Dutch;
}
