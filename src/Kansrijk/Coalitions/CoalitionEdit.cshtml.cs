using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>Adding budget lines, partners, action lines, working groups and activities; only for those who may edit this coalition (see <see cref="CoalitionRights"/>).</summary>
[Authorize]
public sealed class CoalitionEditModel(KansrijkDb db, CoalitionEditor editor, Authorizer authorizer) : PageModel
{
    // Prefixed names would not match the field ids the partials draw, so each form binds its own flat fields.
    [BindProperty] public CoalitionEditor.BudgetInput Budget { get; set; } = new(null, null, null, null);
    [BindProperty] public CoalitionEditor.PartnerInput Partner { get; set; } = new(null, null, null, null, null);
    [BindProperty] public CoalitionEditor.LineInput Line { get; set; } = new(null, null, null);
    [BindProperty] public CoalitionEditor.WorkingGroupInput Group { get; set; } = new(null, null);
    [BindProperty] public CoalitionEditor.ActivityInput Activity { get; set; } = new(null, null, null, null, null, null, null, null, null);

    public Coalition Coalition { get; private set; } = null!;
    public FormErrors BudgetErrors { get; private set; } = new();
    public FormErrors PartnerErrors { get; private set; } = new();
    public FormErrors ActivityErrors { get; private set; } = new();
    public FormErrors LineErrors { get; private set; } = new();
    public FormErrors GroupErrors { get; private set; } = new();
    public IReadOnlyList<(string, string)> NationalLineOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> LineOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> InterventionOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> PartnerOptions { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostBudgetAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        BudgetErrors = await editor.AddBudgetLineAsync(Coalition, Budget, User.Identity!.Name!, ct);
        if (!BudgetErrors.Any)
        {
            Message = "De begrotingsregel is toegevoegd.";
            Budget = new(null, null, null, null);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPartnerAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        PartnerErrors = await editor.AddPartnerAsync(Coalition, Partner, User.Identity!.Name!, ct);
        if (!PartnerErrors.Any)
        {
            Message = "De partner is toegevoegd.";
            Partner = new(null, null, null, null, null);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostActivityAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ActivityErrors = await editor.AddActivityAsync(Coalition, Activity, User.Identity!.Name!, ct);
        if (!ActivityErrors.Any)
        {
            Message = "De activiteit is toegevoegd.";
            Activity = new(null, null, null, null, null, null, null, null, null);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostLineAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        LineErrors = await editor.AddLineAsync(Coalition, Line, User.Identity!.Name!, ct);
        if (!LineErrors.Any)
        {
            Message = "De actielijn is toegevoegd.";
            Line = new(null, null, null);
            await LoadAsync(id, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostGroupAsync([FromRoute] int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        GroupErrors = await editor.AddWorkingGroupAsync(Coalition, Group, User.Identity!.Name!, ct);
        if (!GroupErrors.Any)
        {
            Message = "De werkgroep is toegevoegd.";
            Group = new(null, null);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var coalition = await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coalition is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct)) return Forbid();
        Coalition = coalition;
        LineOptions = [("", "Kies een actielijn"), .. (await db.ActionLines.AsNoTracking().Where(l => l.CoalitionId == id).OrderBy(l => l.Number).ToListAsync(ct))
            .Select(l => (l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{l.Number}. {l.Title}"))];
        NationalLineOptions = [("", "Kies een landelijke actielijn"), .. (await db.ActionLines.AsNoTracking().Where(l => l.CoalitionId == null).OrderBy(l => l.Number).ToListAsync(ct))
            .Select(l => (l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{l.Number}. {l.Title}"))];
        InterventionOptions = [("", "Geen"), .. (await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct))
            .Select(i => (i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name))];
        PartnerOptions = [("", "Geen"), .. (await db.Partners.AsNoTracking().Where(p => p.CoalitionId == id).OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => (p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name))];
        return null;
    }
}
