using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>Changing, ending (leaving in a year) or removing one partner of a coalition, with the same right and version rules as an activity.</summary>
public sealed class PartnerEditModel(KansrijkDb db, CoalitionEditor editor, Authorizer authorizer, TimeProvider clock) : RegistryItemPage(db, authorizer)
{
    [BindProperty] public CoalitionEditor.PartnerInput Input { get; set; } = new(null, null, null, null, null);
    [BindProperty] public string? EndYear { get; set; }

    public Partner Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int partner, [FromQuery] string? verwijderen, CancellationToken ct)
    {
        if (await LoadAsync(id, partner, ct) is { } denied) return denied;
        Input = CoalitionEditor.InputOf(Current);
        Version = Current.Version;
        EndYear = (Current.LeftYear ?? clock.GetLocalNow().Year).ToString(System.Globalization.CultureInfo.InvariantCulture);
        AskRemove = verwijderen is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int partner, CancellationToken ct) =>
        await ActAsync(id, partner, () => editor.ChangePartnerAsync(Coalition, partner, Version, Input, User.Identity!.Name!, ct), "De partner is gewijzigd.", ct);

    public async Task<IActionResult> OnPostEndAsync(int id, int partner, CancellationToken ct) =>
        await ActAsync(id, partner, () => editor.EndPartnerAsync(Coalition, partner, Version, EndYear, User.Identity!.Name!, ct),
            "De partner doet niet meer mee. Hij blijft in het register en telt mee in de jaren ervoor.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, int partner, CancellationToken ct) =>
        await ActAsync(id, partner, () => editor.RemovePartnerAsync(Coalition, partner, Version, User.Identity!.Name!, ct),
            "De partner is verwijderd. De geschiedenis van de coalitie zegt wat hij was.", ct);

    protected override Task<int?> VersionNowAsync(int itemId, CancellationToken ct) =>
        Db.Partners.Where(p => p.Id == itemId).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);

    protected override async Task<bool> LoadItemAsync(int coalitionId, int itemId, CancellationToken ct)
    {
        Current = (await Db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == itemId && p.CoalitionId == coalitionId, ct))!;
        return Current is not null;
    }
}
