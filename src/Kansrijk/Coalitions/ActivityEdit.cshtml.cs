using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// Changing, ending or removing one activity of a coalition, with the same right as adding one (coalitie.bewerken on the
/// coalition's municipalities). The form carries the version it showed: a save after someone else's gets a message and keeps the input.
/// </summary>
public sealed class ActivityEditModel(KansrijkDb db, CoalitionEditor editor, Authorizer authorizer, TimeProvider clock) : RegistryItemPage(db, authorizer)
{
    [BindProperty] public CoalitionEditor.ActivityInput Activity { get; set; } = new(null, null, null, null, null, null, null, null, null);
    [BindProperty] public string? EndDate { get; set; }

    public Activity Current { get; private set; } = null!;
    public IReadOnlyList<(string, string)> LineOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> InterventionOptions { get; private set; } = [];
    public IReadOnlyList<(string, string)> PartnerOptions { get; private set; } = [];

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

    protected override Task<int?> VersionNowAsync(int itemId, CancellationToken ct) =>
        Db.Activities.Where(a => a.Id == itemId).Select(a => (int?)a.Version).FirstOrDefaultAsync(ct);

    protected override async Task<bool> LoadItemAsync(int coalitionId, int itemId, CancellationToken ct)
    {
        var activity = await Db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == itemId && a.CoalitionId == coalitionId, ct);
        if (activity is null) return false;
        Current = activity;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        LineOptions = [("", "Kies een actielijn"), .. (await Db.ActionLines.AsNoTracking().Where(l => l.CoalitionId == coalitionId).OrderBy(l => l.Number).ToListAsync(ct))
            .Select(l => (l.Id.ToString(invariant), $"{l.Number}. {l.Title}"))];
        InterventionOptions = [("", "Geen"), .. (await Db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct)).Select(i => (i.Id.ToString(invariant), i.Name))];
        PartnerOptions = [("", "Geen"), .. (await Db.Partners.AsNoTracking().Where(p => p.CoalitionId == coalitionId).OrderBy(p => p.Name).ToListAsync(ct))
            .Select(p => (p.Id.ToString(invariant), p.Name))];
        return true;
    }
}
