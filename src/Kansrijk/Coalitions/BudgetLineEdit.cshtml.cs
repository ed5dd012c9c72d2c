using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>Changing, ending or removing one budget line of a coalition, with the same right and version rules as an activity.</summary>
public sealed class BudgetLineEditModel(KansrijkDb db, CoalitionEditor editor, Authorizer authorizer, TimeProvider clock) : RegistryItemPage(db, authorizer)
{
    [BindProperty] public CoalitionEditor.BudgetInput Line { get; set; } = new(null, null, null, null);
    [BindProperty] public string? EndDate { get; set; }

    public BudgetLine Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int regel, [FromQuery] string? verwijderen, CancellationToken ct)
    {
        if (await LoadAsync(id, regel, ct) is { } denied) return denied;
        Line = CoalitionEditor.InputOf(Current);
        Version = Current.Version;
        EndDate = (Current.EndsOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        AskRemove = verwijderen is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int regel, CancellationToken ct) =>
        await ActAsync(id, regel, () => editor.ChangeBudgetLineAsync(Coalition, regel, Version, Line, User.Identity!.Name!, ct), "De begrotingsregel is gewijzigd.", ct);

    public async Task<IActionResult> OnPostEndAsync(int id, int regel, CancellationToken ct) =>
        await ActAsync(id, regel, () => editor.EndBudgetLineAsync(Coalition, regel, Version, EndDate, User.Identity!.Name!, ct),
            "De begrotingsregel is beëindigd. Ze blijft in de begroting en in de geschiedenis.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, int regel, CancellationToken ct) =>
        await ActAsync(id, regel, () => editor.RemoveBudgetLineAsync(Coalition, regel, Version, User.Identity!.Name!, ct),
            "De begrotingsregel is verwijderd. De geschiedenis van de coalitie zegt wat ze was.", ct);

    protected override Task<int?> VersionNowAsync(int itemId, CancellationToken ct) =>
        Db.BudgetLines.Where(b => b.Id == itemId).Select(b => (int?)b.Version).FirstOrDefaultAsync(ct);

    protected override async Task<bool> LoadItemAsync(int coalitionId, int itemId, CancellationToken ct)
    {
        Current = (await Db.BudgetLines.AsNoTracking().FirstOrDefaultAsync(b => b.Id == itemId && b.CoalitionId == coalitionId, ct))!;
        return Current is not null;
    }
}
