using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kansrijk.Pathways;

/// <summary>
/// "Betrokkenheid melden": name, date of birth, due date and municipality, nothing more. There is no search: whether
/// another organisation is involved is found on the keyed hash, and then both see each other's contact point.
/// </summary>
[Authorize]
public sealed class InvolvementRegisterModel(Authorizer authorizer, InvolvementService involvements, Organisations.OrganisationDirectory organisations, UserManager<Access.User> users) : PageModel
{
    [BindProperty] public InvolvementService.RegisterInput Form { get; set; } = new(null, null, null, null, null);
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<(string Value, string Text)> Organisations { get; private set; } = [];
    public IReadOnlyList<(string Group, IReadOnlyList<(string Value, string Text)> Options)> Municipalities { get; } =
        [.. Geography.MunicipalityDirectory.ByProvince().Select(g => (g.Group, (IReadOnlyList<(string, string)>)[.. g.Areas.Select(a => (a.Code, a.Name))]))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InvolvementRegister, ct: ct)) return Forbid();
        Form = Form with { MunicipalityCode = Platform.Pages.StartPage.Municipalities(User, Access.Role.Professional).FirstOrDefault() };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.InvolvementRegister, ct: ct)) return Forbid();
        var result = await involvements.RegisterAsync(Form, (await authorizer.ScopeAsync(ct)).Organisations, users.GetUserId(User)!, ct);
        if (result.PathwayId is { } id) return Redirect($"/trajecten/{id}?{(result.Renewed ? "verlengd" : "betrokken")}=1#betrokkenheid");
        Errors = result.Errors;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = (await authorizer.ScopeAsync(ct)).Organisations;
        Organisations = [.. (await organisations.NamesAsync(mine, ct)).OrderBy(o => o.Value, StringComparer.CurrentCulture)
            .Select(o => (o.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Value))];
    }
}
