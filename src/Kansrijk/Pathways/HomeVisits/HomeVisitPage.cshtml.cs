using Kansrijk.Access.Authorization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>
/// The prenatal home visit as the JGZ nurse works it: plan it, record contacts and the outcome, refer on with consent.
/// Only the receiving organisation, as for every referral; each refusal and each read is in the access log.
/// </summary>
[Authorize]
public sealed class HomeVisitPageModel(Authorizer authorizer, HomeVisitService visits, HomeVisitView view, PathwayReader reader, KansrijkDb db,
    UserManager<Access.User> users) : PageModel
{
    public PathwayReader.ReceivedReferral Referral { get; private set; } = null!;
    public HomeVisitView.Data Visit { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public string? Message { get; private set; }

    [BindProperty] public PlanInput Plan { get; set; } = new();
    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public OutcomeInput Outcome { get; set; } = new();
    [BindProperty] public CloseInput Close { get; set; } = new();
    [BindProperty] public ReferOnInput ReferOn { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "aanbod")] public int? OfferId { get; set; }
    [BindProperty(SupportsGet = true, Name = "taal")] public string? Language { get; set; }

    public sealed class PlanInput
    {
        public string? On { get; set; }
        public HomeVisitKind? Kind { get; set; }
        public int Version { get; set; }
    }

    public sealed class ContactInput
    {
        public string? On { get; set; }
        public HomeVisitKind? Kind { get; set; }
        public HomeVisitContactResult? Result { get; set; }
    }

    public sealed class OutcomeInput
    {
        public HomeVisitOutcome? Kind { get; set; }
        public int? InterventionId { get; set; }
        public int Version { get; set; }
    }

    public sealed class CloseInput
    {
        public string? Reason { get; set; }
    }

    public sealed class ReferOnInput
    {
        public int? OfferId { get; set; }
        public ConsentGivenBy GivenBy { get; set; }
        public ConsentManner Manner { get; set; }
        public string? Language { get; set; }
        public bool Confirmed { get; set; }
        public string? Reason { get; set; }
        public string? Agreed { get; set; }
        public string? ContactPreference { get; set; }
        public bool Urgent { get; set; }
        public string? ReferrerContact { get; set; }
    }

    public ConsentTexts.Language ExplanationLanguage => ConsentTexts.Instance.Find(Language) ?? ConsentTexts.Instance.Languages[0];

    public HomeVisitView.OfferChoice? ChosenOffer => Visit.Offers.FirstOrDefault(o => o.Id == OfferId);

    public string Who(string? userId) => userId is not null && Visit.People.TryGetValue(userId, out var name) ? name : "onbekend";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        Message = Request.Query["klaar"].ToString() switch
        {
            "gepland" => "Het bezoek is gepland.",
            "contact" => "Het contact is vastgelegd.",
            "uitkomst" => "De uitkomst is vastgelegd. De verwijzing is afgerond.",
            "afgesloten" => "Het huisbezoek is afgesloten.",
            "verwezen" => "De toestemming is vastgelegd en de verwijzing is verstuurd.",
            _ => null,
        };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPlanAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        Errors = await visits.PlanAsync(id, Plan.On, Plan.Kind, Plan.Version, users.GetUserId(User)!, ct);
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/verwijzingen/{id}/huisbezoek?klaar=gepland#plannen");
    }

    public async Task<IActionResult> OnPostContactAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        Errors = await visits.RecordContactAsync(id, Contact.On, Contact.Kind, Contact.Result, users.GetUserId(User)!, ct);
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/verwijzingen/{id}/huisbezoek?klaar=contact#contacten");
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        Errors = await visits.RecordOutcomeAsync(id, Outcome.Kind, Outcome.InterventionId, Outcome.Version, users.GetUserId(User)!, ct);
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/verwijzingen/{id}/huisbezoek?klaar=uitkomst#uitkomst");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        Errors = await visits.CloseAsync(id, Close.Reason, users.GetUserId(User)!, ct);
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/verwijzingen/{id}/huisbezoek?klaar=afgesloten");
    }

    public async Task<IActionResult> OnPostReferOnAsync(int id, CancellationToken ct)
    {
        if (await RefusedAsync(id, ct) is { } refused) return refused;
        var f = ReferOn;
        OfferId = f.OfferId;
        Language = f.Language;
        Errors = await visits.ReferOnAsync(id, new PathwayService.ConsentInput(f.OfferId, f.GivenBy, f.Manner, f.Language, f.Confirmed),
            new PathwayService.ReferInput([], f.Reason, f.Agreed, f.ContactPreference, f.Urgent, f.ReferrerContact), users.GetUserId(User)!, ct);
        return Errors.Any ? await ShowAsync(id, ct) : Redirect($"/verwijzingen/{id}/huisbezoek?klaar=verwezen#doorverwijzen");
    }

    /// <summary>As for every referral: only its receiver; an unknown id or a referral that is no home visit is refused the same way.</summary>
    private async Task<IActionResult?> RefusedAsync(int id, CancellationToken ct)
    {
        var found = await db.Set<Referral>().AsNoTracking().Where(r => r.Id == id).Select(r => new { r.PathwayId, r.ReceiverOrganisationId }).FirstOrDefaultAsync(ct);
        var allowed = await authorizer.AllowsAsync(Permissions.ReferralReceive, PathwayResources.Referral(id, found?.PathwayId ?? 0, found?.ReceiverOrganisationId ?? 0), ct);
        if (!allowed || found is null) return Forbid();
        return await visits.IsHomeVisitAsync(id, ct) ? null : NotFound();
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Referral = (await reader.ReceivedAsync(id, ct))!;
        Visit = (await view.LoadAsync(Referral.Referral, Referral.ConsentWithdrawnAt is null, ct))!;
        // After a conflict the page shows the newer state, so the next save starts from it.
        Plan.Version = Visit.Visit.Version;
        Outcome.Version = Visit.Visit.Version;
        return Page();
    }
}
