using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// Changing, ending or removing one activity of a coalition, with the same right as adding one (coalitie.bewerken on the
/// coalition's municipalities). The form carries the version it showed: a save after someone else's gets a message and keeps the input.
/// </summary>
[Authorize]
public sealed class ActivityEditModel(KansrijkDb db, CoalitionEditor editor, Authorizer authorizer, TimeProvider clock) : PageModel
{
    [BindProperty] public CoalitionEditor.ActivityInput Activity { get; set; } = new(null, null, null, null, null, null, null, null, null);
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? EndDate { get; set; }

    public Coalition Coalition { get; private set; } = null!;
    public Activity Current { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<(string, string)> LineOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> InterventionOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> PartnerOptions { get; private set; } = [];
    public bool AskRemove { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int activiteit, [FromQuery] string? verwijderen, CancellationToken ct)
    {
        if (await LoadAsync(id, activiteit, ct) is { } denied) return denied;
        Activity = CoalitionEditor.InputOf(Current);
        Version = Current.Version;
        EndDate = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        AskRemove = verwijderen is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int activiteit, CancellationToken ct) =>
        await ActAsync(id, activiteit, () => editor.ChangeActivityAsync(Coalition, activiteit, Version, Activity, User.Identity!.Name!, ct), "De activiteit is gewijzigd.", ct);

    public async Task<IActionResult> OnPostEndAsync(int id, int activiteit, CancellationToken ct) =>
        await ActAsync(id, activiteit, () => editor.EndActivityAsync(Coalition, activiteit, Version, EndDate, User.Identity!.Name!, ct), "De activiteit is beëindigd. Ze blijft in het register en in de geschiedenis.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, int activiteit, CancellationToken ct) =>
        await ActAsync(id, activiteit, () => editor.RemoveActivityAsync(Coalition, activiteit, Version, User.Identity!.Name!, ct), "De activiteit is verwijderd. De geschiedenis van de coalitie zegt wat ze was.", ct);

    private async Task<IActionResult> ActAsync(int id, int activityId, Func<Task<FormErrors>> action, string message, CancellationToken ct)
    {
        if (await LoadAsync(id, activityId, ct) is { } denied) return denied;
        Errors = await action();
        if (Errors.Any)
        {
            // keep what she typed; the version moves on to what is there now, so a second save after checking succeeds
            Version = await db.Activities.Where(a => a.Id == activityId).Select(a => (int?)a.Version).FirstOrDefaultAsync(ct) ?? Version;
            AskRemove = Errors["Remove"] is not null;
            return Page();
        }
        TempData["Melding"] = message;
        return Redirect($"/coalities/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int activityId, CancellationToken ct)
    {
        var coalition = await db.Coalitions.AsNoTracking().Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (coalition is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct)) return Forbid();
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId && a.CoalitionId == id, ct);
        if (activity is null) return NotFound();
        Coalition = coalition;
        Current = activity;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        LineOptions = [("", "Kies een actielijn"), .. (await db.ActionLines.AsNoTracking().Where(l => l.CoalitionId == id).OrderBy(l => l.Number).ToListAsync(ct))
            .Select(l => (l.Id.ToString(invariant), $"{l.Number}. {l.Title}"))];
        InterventionOptions = [("", "Geen"), .. (await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct)).Select(i => (i.Id.ToString(invariant), i.Name))];
        PartnerOptions = [("", "Geen"), .. (await db.Partners.AsNoTracking().Where(p => p.CoalitionId == id).OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => (p.Id.ToString(invariant), p.Name))];
        return null;
    }
}
