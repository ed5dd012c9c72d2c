using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>Creating a coalition (id "nieuw") or changing its core facts, under the registry rules.</summary>
[Authorize]
public sealed class CoalitionFactsModel(KansrijkDb db, TimeProvider clock, Authorizer authorizer, CoalitionFormRules rules) : PageModel
{
    public const string NewId = "nieuw";

    [BindProperty] public CoalitionForm Form { get; set; } = new();
    public FormErrors Errors { get; private set; } = new();
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string id, CancellationToken ct)
    {
        IsNew = id == NewId;
        if (IsNew)
        {
            Form = new CoalitionForm { Kind = nameof(CoalitionKind.Local), Status = nameof(CoalitionStatus.Exploring) };
            return Page();
        }
        var (coalition, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        Form = CoalitionForm.From(coalition!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string id, CancellationToken ct)
    {
        IsNew = id == NewId;
        Coalition? coalition = null;
        if (!IsNew)
        {
            (coalition, var denied) = await LoadAsync(id, ct);
            if (denied is not null) return denied;
        }
        Errors = await rules.CheckAsync(Form, coalition, ct);
        if (Errors.Any) return Page();

        if (coalition is not null) db.ExpectVersion(coalition, Form.Version);
        coalition ??= db.Coalitions.Add(new Coalition { Name = "" }).Entity;
        var changes = CoalitionFormRules.Apply(Form, coalition);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var last = await db.CoalitionChanges.AsNoTracking().Where(c => c.CoalitionId == coalition.Id).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
            Errors.Add("Name", Versions.Conflict(last?.ChangedBy, last?.ChangedAt) + (last is null ? "" : $" Die wijziging: {last.What}."));
            Form.Version = await db.Coalitions.Where(c => c.Id == coalition.Id).Select(c => c.Version).SingleAsync(ct);
            return Page();
        }
        db.CoalitionChanges.Add(new CoalitionChange
        {
            CoalitionId = coalition.Id,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ChangedBy = User.Identity!.Name!,
            What = IsNew ? "Coalitie aangemaakt" : changes.Length > 0 ? changes : "Opgeslagen zonder wijzigingen",
        });
        await db.SaveChangesAsync(ct);
        return Redirect($"/coalities/{coalition.Id}");
    }

    private async Task<(Coalition?, IActionResult?)> LoadAsync(string id, CancellationToken ct)
    {
        if (!int.TryParse(id, out var number)) return (null, NotFound());
        var coalition = await db.Coalitions.Include(c => c.Municipalities).FirstOrDefaultAsync(c => c.Id == number, ct);
        if (coalition is null) return (null, NotFound());
        return await authorizer.AllowsAsync(Permissions.CoalitionEdit, CoalitionResources.Of(coalition), ct) ? (coalition, null) : (null, Forbid());
    }
}
