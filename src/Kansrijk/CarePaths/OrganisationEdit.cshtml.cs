using System.Globalization;
using Kansrijk.Access.Authorization;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CarePaths;

/// <summary>
/// A new organisation (route "nieuw") or an existing one. A coordinator may change an organisation that serves a municipality
/// in her scope, and only add or remove municipalities in her scope; an administrator any.
/// </summary>
[Authorize]
public sealed class OrganisationEditModel(KansrijkDb db, CarePathEditor editor, Authorizer authorizer) : PageModel
{
    [BindProperty] public CarePathEditor.OrganisationInput Form { get; set; } = new(null, null, null, null, null, null, null);
    public Organisation? Organisation { get; private set; }
    public FormErrors Errors { get; private set; } = new();
    public IReadOnlyList<CarePathChange> History { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Organisation is { } o) Form = new(o.Name, o.Type, o.Address, o.Phone, o.Email, o.Website, o.Hours, Geography.MunicipalityDirectory.Names(o.Municipalities.Select(m => m.MunicipalityCode)), o.Version,
            o.Kind.ToString(), o.AgbCode, o.KvkNumber, o.IntakeEmail);
        if (Request.Query.ContainsKey("opgeslagen")) Message = "De organisatie is opgeslagen.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var (savedId, errors) = await editor.SaveOrganisationAsync(Form, Organisation?.Id, User.Identity!.Name!, ct);
        if (savedId is null)
        {
            Errors = errors;
            if (Organisation is not null && errors.Conflict) Form = Form with { Version = await db.Organisations.Where(o => o.Id == Organisation.Id).Select(o => o.Version).SingleAsync(ct) };
            return Page();
        }
        return Redirect($"/zorgpaden/beheer/organisaties/{savedId}?opgeslagen=1");
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.CarePathEditor, ct: ct)) return Forbid();
        if (id == "nieuw") return null;
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId)) return NotFound();
        Organisation = await db.Organisations.AsNoTracking().Include(o => o.Municipalities).FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (Organisation is null) return NotFound();
        if (!await authorizer.AllowsAsync(Permissions.OrganisationEdit, CarePathResources.Organisation(Organisation), ct)) return Forbid();
        History = await db.CarePathChanges.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        return null;
    }
}
