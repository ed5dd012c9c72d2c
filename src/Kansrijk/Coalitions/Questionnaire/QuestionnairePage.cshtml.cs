using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Questionnaire;

/// <summary>
/// One municipality's yearly questionnaire. Everyone reads the answers (they feed public indicators); the
/// municipality's coordinator or an administrator changes and confirms them. Before anyone answers, the form
/// shows the registry's proposal.
/// </summary>
public sealed class QuestionnairePageModel(KansrijkDb db, QuestionnaireEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public QuestionnaireInput Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public string MunicipalityCode { get; private set; } = "";
    public string MunicipalityName { get; private set; } = "";
    public int Year { get; private set; }
    public YearlyQuestionnaire? Saved { get; private set; }
    public bool IsProposal { get; private set; }
    public bool CanEdit { get; private set; }
    public bool IsCentral { get; private set; }
    public IReadOnlyList<Coalition> Coalitions { get; private set; } = [];
    public string? Message { get; private set; }
    /// <summary>Why the registry proposes each answer (<see cref="ProposalReasons"/>).</summary>
    public IReadOnlyDictionary<string, string> Why { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync([FromRoute] string gemeentecode, [FromRoute] int jaar, CancellationToken ct)
    {
        if (await LoadAsync(gemeentecode, jaar, ct) is { } notFound) return notFound;
        if (Saved is not null)
        {
            Form = QuestionnaireInput.From(Saved);
        }
        else
        {
            Form = await editor.ProposalAsync(MunicipalityCode, Year, ct);
            Form.Version = QuestionnaireInput.NothingSaved;
            IsProposal = true;
        }
        Message = TempData["Melding"] as string;
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync([FromRoute] string gemeentecode, [FromRoute] int jaar, CancellationToken ct) =>
        SaveAsync(gemeentecode, jaar, confirm: true, ct);

    public Task<IActionResult> OnPostDraftAsync([FromRoute] string gemeentecode, [FromRoute] int jaar, CancellationToken ct) =>
        SaveAsync(gemeentecode, jaar, confirm: false, ct);

    private async Task<IActionResult> SaveAsync(string gemeentecode, int jaar, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(gemeentecode, jaar, ct) is { } notFound) return notFound;
        if (!await authorizer.AllowsAsync(Permissions.QuestionnaireEdit, CoalitionResources.Questionnaire(MunicipalityCode), ct))
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        Errors = await editor.SaveAsync(MunicipalityCode, Year, Form, confirm, User.Identity!.Name!, ct);
        if (Errors.Conflict)
        {
            // Her answers stay in the form, with the version whose change she has now been told about.
            Saved = await editor.FindAsync(MunicipalityCode, Year, ct);
            Form.Version = Saved?.Version ?? QuestionnaireInput.NothingSaved;
        }
        if (Errors.Any) return Page();
        TempData["Melding"] = confirm
            ? "De antwoorden zijn bevestigd. Ze tellen nu mee in de monitor (L01 tot en met L05)."
            : "De antwoorden zijn opgeslagen als concept. Ze tellen pas mee in de monitor als u ze bevestigt.";
        return Redirect($"/coalities/vragenlijst/{MunicipalityCode}/{Year}");
    }

    private async Task<IActionResult?> LoadAsync(string code, int year, CancellationToken ct)
    {
        var municipality = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code.ToUpperInvariant() && a.Type == Geography.AreaType.Municipality, ct);
        if (municipality is null || !editor.IsValidYear(year)) return NotFound();
        (MunicipalityCode, MunicipalityName, Year) = (municipality.Code, municipality.Name, year);
        Coalitions = await editor.CoalitionsOfAsync(MunicipalityCode, ct);
        CanEdit = await authorizer.MayAsync(Permissions.QuestionnaireEdit, CoalitionResources.Questionnaire(MunicipalityCode));
        Saved = await editor.FindAsync(MunicipalityCode, Year, ct);
        IsCentral = await db.CentralMunicipalities.AnyAsync(c => c.MunicipalityCode == MunicipalityCode, ct);
        Why = await new ProposalReasons(db).ForAsync(Coalitions, Year, ct);
        return null;
    }
}
