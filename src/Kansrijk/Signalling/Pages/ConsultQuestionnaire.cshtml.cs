using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Layout;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// "/trajecten/{id}/signalering/invullen": the professional fills in the questionnaire with her during a consult, in the
/// professional's own session (no code): the same steps as her own pages, the questions in the language she reads along
/// in, the professional's words in Dutch. Every handler asks client.wijzigen on the pathway; a refusal is logged.
/// </summary>
[Authorize]
public sealed class ConsultQuestionnaireModel(Authorizer authorizer, PathwayCaseLinks pathways, SelfReportService selfReport,
    InstrumentService instruments, UserManager<Access.User> users) : PageModel
{
    public enum View { Language, Domain, Review }

    public View Showing { get; private set; } = View.Language;
    public PathwayIdentity Identity { get; private set; } = null!;
    public FormErrors Errors { get; } = new();
    public string Lang { get; private set; } = LocalText.Dutch;
    public int Step { get; private set; }
    public InstrumentDefinition Definition { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();
    public IReadOnlySet<string> Shown { get; private set; } = new HashSet<string>();
    public ScoreResult Score { get; private set; } = null!;

    public string Base => $"/trajecten/{Identity.Id}/signalering/invullen";

    /// <summary>The steps as her own pages show them: the questions in her language, the words around them in Dutch.</summary>
    public QuestionnaireView Shared => new(Definition, Lang, LocalText.Dutch, LocalText.Dutch, Answers, Shown, Score, Step, Errors,
        $"{Base}?handler=Save&stap={Step}", step => $"{Base}?stap={step}", Consult: true);

    public async Task<IActionResult> OnGetAsync(int id, int? stap, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        var response = await selfReport.ConsultInProgressAsync(id, ct);
        await LoadAsync(response, ct);
        Step = stap ?? 0;
        if (response is null || Step <= 0) return Page();
        Showing = Step > Definition.Domains.Count ? View.Review : View.Domain;
        await selfReport.LogConsultReadAsync(response, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLanguageAsync(int id, [FromForm(Name = "taal")] string? language, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        if (language is null || !Languages.Supported.Contains(language))
        {
            await LoadAsync(await selfReport.ConsultInProgressAsync(id, ct), ct);
            Errors.Add("taal", "Kies de taal waarin zij de vragen meeleest.");
            return Page();
        }
        var user = await users.GetUserAsync(User);
        await selfReport.StartConsultAsync(id, language, user?.DisplayName ?? User.Identity!.Name!, ct);
        return Redirect($"/trajecten/{id}/signalering/invullen?stap=1");
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int stap, [FromForm(Name = "richting")] string? direction, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        if (await selfReport.ConsultInProgressAsync(id, ct) is not { } response) return Redirect(Base);
        await LoadAsync(response, ct);
        if (stap < 1 || stap > Definition.Domains.Count) return Redirect($"{Base}?stap=1");
        var (asked, page) = QuestionnaireView.PageFrom(Request.Form);
        if (QuestionnaireView.CheckNumbers(Definition, page, LocalText.Dutch) is { Any: true } errors)
        {
            // Nothing of this step is saved; what was typed stays on the page with the error at the field.
            foreach (var error in errors.All) Errors.Add(error.Key, error.Value);
            Answers = QuestionnaireView.Typed(Answers, page);
            Step = stap;
            Showing = View.Domain;
            return Page();
        }
        await selfReport.SaveConsultAsync(response, page, ct);
        await LoadAsync(response, ct);
        return Redirect($"{Base}?stap={Shared.NextStep(stap, asked, direction)}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        if (await selfReport.ConsultInProgressAsync(id, ct) is { } response && await selfReport.SubmitConsultAsync(response, ct) is null)
        {
            TempData["Melding"] = "De vragenlijst die u samen met haar invulde is verstuurd. Hieronder staat wat aandacht vraagt.";
        }
        return Redirect($"/trajecten/{id}/signalering#uitkomst");
    }

    /// <summary>Forbid (logged by the Authorizer) without client.wijzigen on the pathway; not found for no pathway.</summary>
    private async Task<IActionResult?> RefusedAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        if ((await pathways.IdentitiesAsync([id], ct)).GetValueOrDefault(id) is not { } identity) return NotFound();
        Identity = identity;
        return null;
    }

    private async Task LoadAsync(SignallingResponse? response, CancellationToken ct)
    {
        var found = response is null ? await instruments.PublishedAsync(DefaultInstrument.Key, ct) : await instruments.FindAsync(response.InstrumentVersionId, ct);
        Definition = found!.Value.Definition;
        Lang = QuestionnaireWords.Language(response?.Language);
        Answers = response is null ? new Dictionary<string, string>() : selfReport.Answers(response);
        Shown = ScoringEngine.ShownItems(Definition, Answers, partnerPresent: true);
        Score = ScoringEngine.Score(Definition, Answers, partnerPresent: true);
    }
}
