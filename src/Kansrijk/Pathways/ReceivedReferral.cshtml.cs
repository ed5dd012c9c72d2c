using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways;

/// <summary>A referral as its receiver sees it: the handover set, how to make contact, and the status to move on.</summary>
[Authorize]
public sealed class ReceivedReferralModel(Authorizer authorizer, PathwayService pathways, PathwayReader reader, KansrijkDb db, UserManager<Access.User> users,
    HomeVisits.HomeVisitService homeVisits) : PageModel
{
    public PathwayReader.ReceivedReferral Referral { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    [BindProperty] public ReferralStatus? Status { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public bool Saved { get; private set; }
    /// <summary>A prenatal home visit moves on through its own page (plan, contacts, outcome), not through the status form.</summary>
    public bool IsHomeVisit { get; private set; }
    public (string Text, bool Overdue)? HomeVisitWarning { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        Saved = Request.Query.ContainsKey("bijgewerkt");
        Referral = (await reader.ReceivedAsync(id, ct))!;
        var visit = await homeVisits.ForReferralAsync(id, ct);
        IsHomeVisit = visit is not null;
        HomeVisitWarning = visit is null || Referral.ConsentWithdrawnAt is not null ? null
            : HomeVisits.HomeVisitDeadline.Warning(Referral.Referral.Pathway!.DueDate, Referral.Referral.Status is ReferralStatus.Registered or ReferralStatus.ContactMade,
                visit.PlannedOn is not null || visit.Contacts.Any(c => c.Result == HomeVisits.HomeVisitContactResult.Done), homeVisits.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct)
    {
        if (!await AllowedAsync(id, ct)) return Forbid();
        IsHomeVisit = await homeVisits.IsHomeVisitAsync(id, ct);
        Errors = IsHomeVisit ? Error("Status", "Een prenataal huisbezoek werkt u bij op de pagina van het huisbezoek: plannen, contacten en uitkomst.")
            : Status is { } status ? await pathways.ChangeStatusAsync(id, status, Reason, users.GetUserId(User)!, ct) : Error("Status", "Kies de nieuwe status.");
        if (!Errors.Any) return Redirect($"/verwijzingen/{id}?bijgewerkt=1");
        Referral = (await reader.ReceivedAsync(id, ct))!;
        return Page();
    }

    private static FormErrors Error(string field, string message)
    {
        var errors = new FormErrors();
        errors.Add(field, message);
        return errors;
    }

    private async Task<bool> AllowedAsync(int id, CancellationToken ct)
    {
        var found = await db.Set<Referral>().AsNoTracking().Where(r => r.Id == id).Select(r => new { r.PathwayId, r.ReceiverOrganisationId }).FirstOrDefaultAsync(ct);
        return await authorizer.AllowsAsync(Permissions.ReferralReceive, PathwayResources.Referral(id, found?.PathwayId ?? 0, found?.ReceiverOrganisationId ?? 0), ct)
            && found is not null;
    }
}
