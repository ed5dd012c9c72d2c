using Kansrijk.Access.Authorization;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>Editing one care path: texts, steps, routing rules, publishing; every change goes into the history.</summary>
[Authorize]
public sealed class PathEditModel(KansrijkDb db, TimeProvider clock, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public CarePathEditor.TextsInput Texts { get; set; } = new(null, null);
    public FormErrors TextErrors { get; private set; } = new();
    [BindProperty] public CarePathEditor.StepInput Step { get; set; } = new(null, null, null, null, false, null);
    [BindProperty] public CarePathEditor.RuleInput Rule { get; set; } = new(null, null, null, null);

    public CarePath Path { get; private set; } = null!;
    public Area Area { get; private set; } = null!;
    public CarePath? RegionalPath { get; private set; }
    public IReadOnlyList<Offer> Offers { get; private set; } = [];
    public IReadOnlyList<CarePathChange> History { get; private set; } = [];
    public FormErrors StepErrors { get; private set; } = new();
    public FormErrors RuleErrors { get; private set; } = new();
    public string? Message { get; private set; }
    public string? Warning { get; private set; }
    /// <summary>The concept that prepares changes to this published path, if there is one.</summary>
    public int? RevisionId { get; private set; }
    /// <summary>Only a concept is changed; a published path is changed through a concept.</summary>
    public bool Editable => Path.Status == ContentStatus.Draft;
    private const string NotEditable = "Dit pad is gepubliceerd. Maak eerst een concept om het te wijzigen.";

    private string Who => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Message = TempData["Melding"] as string;
        Texts = TextsOf(Path);
        return Page();
    }

    public async Task<IActionResult> OnPostTextsAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!Editable) return Refused();
        TextErrors = await editor.SaveTextsAsync(Path, Texts, Who, ct);
        if (TextErrors.Any)
        {
            // Her texts stay in the form, now with the version whose change she has been told about.
            Texts = Texts with { Version = await db.CarePaths.Where(p => p.Id == id).Select(p => p.Version).SingleAsync(ct) };
            return Page();
        }
        Message = "De teksten zijn opgeslagen.";
        await LoadAsync(id, ct);
        Texts = TextsOf(Path);
        return Page();
    }

    private static CarePathEditor.TextsInput TextsOf(CarePath path) => new(path.Signals, path.Background, path.Version);

    public async Task<IActionResult> OnPostStepAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!Editable) return Refused();
        StepErrors = await editor.AddStepAsync(Path, Step, Who, ct);
        if (!StepErrors.Any)
        {
            Message = $"Stap {Step.Number} is toegevoegd.";
            Step = new(null, null, null, null, false, null);
            await LoadAsync(id, ct);
        }
        Texts = TextsOf(Path);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveStepAsync(int id, [FromForm] int stepId, [FromForm] bool confirmed, CancellationToken ct) =>
        await UnconfirmedAsync(id, confirmed, $"stap-verwijderen?stap={stepId}", ct)
            ?? await EditAsync(id, async () => { await editor.RemoveStepAsync(Path, stepId, Who, ct); return "De stap is verwijderd."; }, ct);

    public async Task<IActionResult> OnPostRuleAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!Editable) return Refused();
        RuleErrors = await editor.AddRuleAsync(Path, Rule, Offers, Who, ct);
        if (!RuleErrors.Any)
        {
            Message = "De afspraak is toegevoegd.";
            Rule = new(null, null, null, null);
            await LoadAsync(id, ct);
        }
        Texts = TextsOf(Path);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveRuleAsync(int id, [FromForm] int ruleId, [FromForm] bool confirmed, CancellationToken ct) =>
        await UnconfirmedAsync(id, confirmed, $"afspraak-verwijderen?afspraak={ruleId}", ct)
            ?? await EditAsync(id, async () => { await editor.RemoveRuleAsync(Path, ruleId, Who, ct); return "De afspraak is verwijderd."; }, ct);

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Path.RevisionOfId is not null)
        {
            var original = await editor.PublishRevisionAsync(Path, Who, ct);
            TempData["Melding"] = "Het concept is gepubliceerd. Professionals zien de wijzigingen nu.";
            return Redirect($"/zorgpaden/beheer/paden/{original}");
        }
        return await ActAsync(id, async () => { await editor.SetPathStatusAsync(Path, ContentStatus.Published, Who, ct); return "Het zorgpad is gepubliceerd. Professionals zien het nu."; }, ct);
    }

    public async Task<IActionResult> OnPostRevisionAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Path.Status != ContentStatus.Published || Path.RevisionOfId is not null) return Redirect($"/zorgpaden/beheer/paden/{id}");
        var revision = await editor.StartRevisionAsync(Path, Who, ct);
        TempData["Melding"] = "Dit is het concept. Wijzig wat nodig is en publiceer het daarna.";
        return Redirect($"/zorgpaden/beheer/paden/{revision}");
    }

    public async Task<IActionResult> OnPostDiscardAsync(int id, [FromForm] bool confirmed, CancellationToken ct)
    {
        if (await UnconfirmedAsync(id, confirmed, "weggooien", ct) is { } asked) return asked;
        if (Path.RevisionOfId is not { } original) return Redirect($"/zorgpaden/beheer/paden/{id}");
        await editor.DiscardRevisionAsync(Path, Who, ct);
        TempData["Melding"] = "Het concept is weggegooid. Het gepubliceerde pad is niet veranderd.";
        return Redirect($"/zorgpaden/beheer/paden/{original}");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id, [FromForm] bool confirmed, CancellationToken ct) =>
        await UnconfirmedAsync(id, confirmed, "terugzetten", ct)
            ?? await ActAsync(id, async () => { await editor.SetPathStatusAsync(Path, ContentStatus.Draft, Who, ct); return "Het zorgpad is weer een concept. Professionals zien het niet meer."; }, ct);

    /// <summary>
    /// Refused without the right; and a destructive handler called without the confirmation page's "confirmed"
    /// (an old form, a script, a guessed URL) goes to that page first. Null: go ahead.
    /// </summary>
    private async Task<IActionResult?> UnconfirmedAsync(int id, bool confirmed, string action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        return confirmed ? null : Redirect($"/zorgpaden/beheer/paden/{id}/bevestigen/{action}");
    }

    private async Task<IActionResult> EditAsync(int id, Func<Task<string>> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        return Editable ? await ActAsync(id, action, ct) : Refused();
    }

    private PageResult Refused()
    {
        Warning = NotEditable;
        Texts = TextsOf(Path);
        return Page();
    }

    private async Task<IActionResult> ActAsync(int id, Func<Task<string>> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Message = await action();
        await LoadAsync(id, ct);
        Texts = TextsOf(Path);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var path = await db.CarePaths.AsNoTracking().Include(p => p.Theme).Include(p => p.Steps).Include(p => p.Rules).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (path is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CarePathEdit, await new CarePathResources(db).AreaAsync(path.AreaCode, ct), ct)) return Forbid();
        Path = path;
        Area = (await db.Areas.AsNoTracking().FirstAsync(a => a.Code == path.AreaCode, ct));
        RegionalPath = Area.Type == AreaType.Municipality && Area.GgdRegionCode is { } region
            ? await db.CarePaths.AsNoTracking().Include(p => p.Steps).FirstOrDefaultAsync(p => p.AreaCode == region && p.ThemeId == path.ThemeId && p.RevisionOfId == null, ct)
            : null;
        var members = Area.Type == AreaType.GgdRegion
            ? await db.Areas.AsNoTracking().Where(a => a.GgdRegionCode == Area.Code).Select(a => a.Code).ToListAsync(ct)
            : [Area.Code];
        Offers = await db.Offers.AsNoTracking()
            .Where(o => o.Themes.Any(t => t.ThemeId == path.ThemeId) && (o.National || o.Municipalities.Any(m => members.Contains(m.MunicipalityCode))))
            .OrderBy(o => o.Name).Take(300).ToListAsync(ct);
        History = await new CarePathAdminQueries(db, clock).HistoryAsync(path.RevisionOfId ?? id, null, ct);
        RevisionId = await db.CarePaths.AsNoTracking().Where(p => p.RevisionOfId == id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return null;
    }
}
