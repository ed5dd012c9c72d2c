using System.Globalization;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kansrijk.Pathways.Retention;

/// <summary>
/// "Traject afsluiten": a reason from the list and an explicit confirmation (client.wijzigen). Her name is shown so
/// nobody closes the wrong one; that read is logged.
/// </summary>
[Authorize]
public sealed class ClosePathwayModel(Authorizer authorizer, PathwayService pathways, PathwayClosing closing, KansrijkDb db, ClientDataProtector protector,
    AccessLogWriter log, IOptions<RetentionOptions> retention) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool Fictional { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int OpenReferrals { get; private set; }
    public int RetentionMonths => retention.Value.RetentionMonths;
    public FormErrors Errors { get; private set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        await LoadAsync(id, keepVersion: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceOrNobodysAsync(id, ct), ct)) return Forbid();
        Errors = await closing.CloseAsync(id, new PathwayClosing.Input(Reason, Confirmed, Version), ct);
        if (!Errors.Any) return Redirect($"/trajecten/{id}#afgesloten");
        await LoadAsync(id, keepVersion: true, ct);
        return Page();
    }

    private async Task LoadAsync(int id, bool keepVersion, CancellationToken ct)
    {
        var p = await db.Set<Pathway>().AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Version,
                x.NameEncrypted,
                x.IsFictional,
                x.ClosedAt,
                Open = x.Referrals.Count(r => r.Status == ReferralStatus.Registered || r.Status == ReferralStatus.ContactMade || r.Status == ReferralStatus.Started),
            })
            .SingleAsync(ct);
        var key = id.ToString(CultureInfo.InvariantCulture);
        await log.RecordAsync(new AccessEvent(AccessAction.Read, PathwayResources.Type, key, ClientId: key, Details: "Traject afsluiten: naam getoond ter bevestiging"), ct);
        Id = id;
        Name = protector.Unprotect(ClientFields.Name, p.NameEncrypted);
        Fictional = p.IsFictional;
        ClosedAt = p.ClosedAt;
        OpenReferrals = p.Open;
        // After a conflict the form keeps the version she saw, so saving again needs a fresh look first.
        if (!keepVersion) Version = p.Version;
    }
}
