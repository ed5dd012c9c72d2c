using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>Correcting her details on her request (versioned form); the access log names what changed, never the values.</summary>
[Authorize]
public sealed class PathwayCorrectionPageModel(Authorizer authorizer, PathwayService pathways, PathwayCorrection correction, InvolvementService involvements,
    PathwayReader reader, KansrijkDb db) : PageModel
{
    [BindProperty] public PathwayCorrection.Input Form { get; set; } = new(null, null, null, null, null, null, null, null, 0);
    public FormErrors Errors { get; private set; } = new();
    public int Id { get; private set; }
    public IReadOnlyList<(string Group, IReadOnlyList<(string Value, string Text)> Options)> Municipalities { get; } =
        [.. Geography.MunicipalityDirectory.ByProvince().Select(g => (g.Group, (IReadOnlyList<(string, string)>)[.. g.Areas.Select(a => (a.Code, a.Name))]))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        Id = id;
        var detail = (await reader.DetailAsync(id, ct))!;
        Form = correction.Current(detail.Pathway);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        Id = id;
        var pathway = await db.Set<Pathway>().SingleAsync(p => p.Id == id, ct);
        await involvements.TouchAsync(id, (await authorizer.ScopeAsync(ct)).Organisations, ct);
        var errors = await correction.SaveAsync(pathway, Form, ct);
        if (errors.Any)
        {
            // The summary links to the page's fields, which carry the form's prefix.
            Errors = new FormErrors { Conflict = errors.Conflict };
            foreach (var (field, message) in errors.All) Errors.Add("Form." + field, message);
            return Page();
        }
        await involvements.MatchAsync(id, ct);
        return Redirect($"/trajecten/{id}?gecorrigeerd=1");
    }
}
