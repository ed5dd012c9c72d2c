using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// The woman's own questionnaire on her phone, without an account: her code opens it (tries limited per address), she
/// chooses her language, answers one domain per page (saved each page, every question may be skipped), checks and sends.
/// After sending, the code shows her answers and kind advice with the help of her municipality, read-only, while valid.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(QuestionnaireCodeLimit.Policy)]
public sealed class QuestionnaireModel(SelfReportService selfReport, InstrumentService instruments, QuestionnaireCookie cookie, HelpNearby help) : PageModel
{
    public enum View { Code, Language, Domain, Review, Done }

    public const string CodeMessage = "Deze code kennen wij niet of hij is verlopen. Kijk of u hem goed hebt overgenomen, of vraag uw zorgverlener om een nieuwe code.";

    public View Showing { get; private set; } = View.Code;
    public FormErrors Errors { get; } = new();
    public string? TypedCode { get; private set; }
    public string Lang { get; private set; } = LocalText.Dutch;
    public int Step { get; private set; }
    public InstrumentDefinition Definition { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();
    public IReadOnlySet<string> Shown { get; private set; } = new HashSet<string>();
    public ScoreResult Score { get; private set; } = null!;
    public HelpNearby.Result? Help { get; private set; }

    public int Steps => Definition.Domains.Count;

    /// <summary>Her steps and answers as the shared partials show them, all in her language.</summary>
    public QuestionnaireView Shared => new(Definition, Lang, Lang, Lang, Answers, Shown, Score, Step, Errors,
        $"/vragenlijst?handler=Save&stap={Step}", step => $"/vragenlijst?stap={step}", ReadOnly: Showing == View.Done);

    public async Task<IActionResult> OnGetAsync(string? code, int? stap, CancellationToken ct)
    {
        if (code is not null)
        {
            var tried = await selfReport.OpenAsync(code, ct);
            if (!tried.CanRead) return CodeRefused(code);
            cookie.Write(HttpContext, code, tried.Invitation!.Response?.Language);
            return Redirect("/vragenlijst");
        }
        if (cookie.Read(Request) is not { } session) return Page();
        var access = await selfReport.OpenAsync(session.Code, ct);
        if (!access.CanRead)
        {
            QuestionnaireCookie.Clear(HttpContext);
            return CodeRefused(null);
        }
        await LoadAsync(access, session.Language, ct);
        if (access.Status == CodeStatus.Submitted)
        {
            Showing = View.Done;
            Help = await help.ForAsync(access.Invitation!.PathwayId, Flagged.SelectMany(d => d.Themes), ct);
            await selfReport.LogReadAsync(access.Invitation, ct);
            return Page();
        }
        Step = stap ?? (session.Language is null ? 0 : 1);
        if (Step <= 0 || session.Language is null) Showing = View.Language;
        else if (Step > Steps)
        {
            Showing = View.Review;
            if (access.Invitation!.Response is not null) await selfReport.LogReadAsync(access.Invitation, ct);
        }
        else Showing = View.Domain;
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync([FromForm(Name = "code")] string? typed, CancellationToken ct)
    {
        var access = await selfReport.OpenAsync(typed, ct);
        if (!access.CanRead) return CodeRefused(typed ?? "");
        cookie.Write(HttpContext, typed!, access.Invitation!.Response?.Language);
        return Redirect("/vragenlijst");
    }

    public async Task<IActionResult> OnPostLanguageAsync([FromForm(Name = "taal")] string? language, CancellationToken ct)
    {
        if (await SessionAsync(ct) is not { } session) return Redirect("/vragenlijst");
        cookie.Write(HttpContext, session.Code, QuestionnaireWords.Language(language));
        return Redirect(session.Access.CanAnswer ? "/vragenlijst?stap=1" : "/vragenlijst");
    }

    public async Task<IActionResult> OnPostSaveAsync(int stap, [FromForm(Name = "richting")] string? direction, CancellationToken ct)
    {
        if (await SessionAsync(ct) is not { } session || !session.Access.CanAnswer) return Redirect("/vragenlijst");
        await LoadAsync(session.Access, session.Language, ct);
        if (stap < 1 || stap > Steps) return Redirect("/vragenlijst?stap=1");
        var (asked, page) = QuestionnaireView.PageFrom(Request.Form);
        if (QuestionnaireView.CheckNumbers(Definition, page, Lang) is { Any: true } errors)
        {
            // Nothing of this step is saved; what she typed stays on the page with the error at the field.
            foreach (var error in errors.All) Errors.Add(error.Key, error.Value);
            Answers = QuestionnaireView.Typed(Answers, page);
            Step = stap;
            Showing = View.Domain;
            return Page();
        }
        await selfReport.SaveAsync(session.Access, Lang, page, ct);
        await LoadAsync(session.Access, session.Language, ct);
        return Redirect($"/vragenlijst?stap={Shared.NextStep(stap, asked, direction)}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await SessionAsync(ct) is not { } session) return Redirect("/vragenlijst");
        await selfReport.SubmitAsync(session.Access, ct);
        return Redirect("/vragenlijst");
    }

    private IActionResult CodeRefused(string? typed)
    {
        TypedCode = typed;
        Errors.Add("code", CodeMessage);
        Showing = View.Code;
        return Page();
    }

    public IEnumerable<Domain> Flagged => Definition.Domains.Where(d => Score[d.Key!].Result != DomainResult.Geen);

    private async Task<(string Code, string Language, CodeAccess Access)?> SessionAsync(CancellationToken ct)
    {
        if (cookie.Read(Request) is not { } session) return null;
        var access = await selfReport.OpenAsync(session.Code, ct);
        return access.CanRead ? (session.Code, QuestionnaireWords.Language(session.Language), access) : null;
    }

    private async Task LoadAsync(CodeAccess access, string? language, CancellationToken ct)
    {
        var response = access.Invitation!.Response;
        var found = response is null ? await instruments.PublishedAsync(DefaultInstrument.Key, ct) : await instruments.FindAsync(response.InstrumentVersionId, ct);
        Definition = found!.Value.Definition;
        Lang = QuestionnaireWords.Language(language ?? response?.Language);
        Answers = response is null ? new Dictionary<string, string>() : selfReport.Answers(response);
        Shown = ScoringEngine.ShownItems(Definition, Answers, partnerPresent: true);
        Score = ScoringEngine.Score(Definition, Answers, partnerPresent: true);
    }
}
