using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.CarePaths;

/// <summary>A new care path (draft) for a municipality in scope, or for a GGD region whose municipalities are all in scope.</summary>
[Authorize]
public sealed class PathNewModel(KansrijkDb db, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public CarePathEditor.PathInput Input { get; set; } = new(null, null, null);
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<RiskTheme> Themes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        Themes = await new CarePathQueries(db).ThemesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await authorizer.ScopeAsync(ct);
        if (!scope.Any) return Forbid();
        var (id, errors) = await editor.CreatePathAsync(Input, scope, User.Identity!.Name!, ct);
        if (id is not null) return Redirect($"/zorgpaden/beheer/paden/{id}");
        Errors = errors;
        Themes = await new CarePathQueries(db).ThemesAsync(ct);
        return Page();
    }
}
