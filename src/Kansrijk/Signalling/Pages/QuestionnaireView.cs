using System.Text.Encodings.Web;
using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.AspNetCore.Html;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// What the shared questionnaire partials show, so the woman's pages (with her code) and the professional's consult pages
/// render the same steps. <paramref name="Lang"/> is the language of the questions; <paramref name="WordsLang"/> of the
/// buttons and headings (hers for her, Dutch for the professional); <paramref name="PageLang"/> is the page's own language,
/// so a question in another language gets its own lang and dir.
/// </summary>
public sealed record QuestionnaireView(InstrumentDefinition Definition, string Lang, string WordsLang, string PageLang,
    IReadOnlyDictionary<string, string> Answers, IReadOnlySet<string> Shown, ScoreResult Score, int Step, FormErrors Errors,
    string SaveAction, Func<int, string> StepLink, bool ReadOnly = false, bool Consult = false)
{
    public int Steps => Definition.Domains.Count;
    public Domain CurrentDomain => Definition.Domains[Step - 1];

    /// <summary>The wish for help is asked after a domain's items once something in it counted.</summary>
    public bool AsksWish(Domain domain) => Definition.WishForHelp is not null && Score[domain.Key!].AsksWishForHelp;

    public string W(string key) => QuestionnaireWords.Of(key, WordsLang);

    /// <summary>The note above a step: her code lets her resume; in a consult the professional's session does.</summary>
    public string SkipNote => Consult
        ? "Elke vraag mag worden overgeslagen. De antwoorden worden per stap bewaard; u kunt later verder."
        : W("may-skip");

    /// <summary>
    /// The step after saving <paramref name="saved"/> (this view is computed from the saved answers): the same step once
    /// more when the answers opened a follow-up or the wish for help that was not on the page yet; else on or back.
    /// </summary>
    public int NextStep(int saved, IReadOnlySet<string> asked, string? direction)
    {
        var domain = Definition.Domains[saved - 1];
        var nowAsked = domain.Items.Select(i => i.Key!).Where(Shown.Contains).Append(AsksWish(domain) ? SelfReportService.WishKey(domain.Key!) : null);
        if (nowAsked.Any(k => k is not null && !asked.Contains(k))) return saved;
        return direction == "terug" ? saved - 1 : saved + 1;
    }

    /// <summary>A text in the questions' language; a missing translation shows the Dutch text, marked, with lang="nl".</summary>
    public IHtmlContent T(LocalText? text)
    {
        var t = (text ?? new LocalText()).In(Lang);
        var words = HtmlEncoder.Default.Encode(t.Text);
        if (t.FellBack) return new HtmlString($"<span lang=\"nl\" dir=\"ltr\">{words} {QuestionnaireWords.Of("dutch", Lang)}</span>");
        if (t.Language != PageLang) return new HtmlString($"<span lang=\"{t.Language}\" dir=\"{(Languages.IsRightToLeft(t.Language) ? "rtl" : "ltr")}\">{words}</span>");
        return new HtmlString(words);
    }

    public IHtmlContent AnswerText(Item item, string value) =>
        item.Options.FirstOrDefault(o => o.Value == value)?.Text is { } text ? T(text) : new HtmlString(HtmlEncoder.Default.Encode(value));

    public IHtmlContent WishText(string value) =>
        Definition.WishForHelp?.Options.FirstOrDefault(o => o.Value == value)?.Text is { } text ? T(text) : new HtmlString(HtmlEncoder.Default.Encode(value));

    /// <summary>The error of a number question: her language for her, Dutch for the professional.</summary>
    public static string NumberError(Item item, string language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, QuestionnaireWords.Of("number-error", language),
            item.Number?.Min.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Number?.Max.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Checks the number answers of a page; each error goes to its field (id "v-" + key) and to the summary.</summary>
    public static FormErrors CheckNumbers(InstrumentDefinition definition, IReadOnlyDictionary<string, string?> page, string language)
    {
        var errors = new FormErrors();
        foreach (var item in SelfReportService.InvalidNumbers(definition, page)) errors.Add("v-" + item.Key, NumberError(item, language));
        return errors;
    }

    /// <summary>The saved answers with what was typed on the page over them, to show a step again after an error.</summary>
    public static Dictionary<string, string> Typed(IReadOnlyDictionary<string, string> saved, IReadOnlyDictionary<string, string?> page)
    {
        var answers = new Dictionary<string, string>(saved, StringComparer.Ordinal);
        foreach (var (key, value) in page)
        {
            if (string.IsNullOrEmpty(value)) answers.Remove(key);
            else answers[key] = value;
        }
        return answers;
    }

    /// <summary>The questions that were on the page ("gesteld") and their answers ("v-" + key) as the form sent them.</summary>
    public static (IReadOnlySet<string> Asked, IReadOnlyDictionary<string, string?> Page) PageFrom(IFormCollection form)
    {
        var asked = form["gesteld"].OfType<string>().ToHashSet(StringComparer.Ordinal);
        return (asked, asked.ToDictionary(k => k, k => (string?)form["v-" + k].ToString(), StringComparer.Ordinal));
    }
}
