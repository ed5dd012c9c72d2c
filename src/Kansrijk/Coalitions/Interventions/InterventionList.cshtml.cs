using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions.Interventions;

/// <summary>The menukaart: every intervention with its target group, phase and recognition. Everyone reads it.</summary>
public sealed class InterventionListModel(KansrijkDb db, Authorizer authorizer) : PageModel
{
    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanEdit = await authorizer.MayAsync(Permissions.ReferenceDataManage);
        Interventions = await db.Interventions.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct);
    }
}
