using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// Signalling on one pathway for the professionals involved: invite her with a code (shown once), the invitations, and per
/// questionnaire she sent the domains that need attention, her wish for help, her answers and the help of her
/// municipality per care-path theme with "Verwijs". Every read is in the access log; others get 403, logged too.
/// </summary>
[Authorize]
public sealed class SignallingPageModel(Authorizer authorizer, PathwayCaseLinks pathways, SelfReportService selfReport, InstrumentService instruments,
    HelpNearby help, KansrijkDb db, AccessLogWriter log, TimeProvider clock, UserManager<Access.User> users) : PageModel
{
    public sealed record InvitationRow(int Id, DateTime CreatedAt, DateTime ExpiresAt, string Status);

    /// <summary>A sent questionnaire; <paramref name="ConsultBy"/> names the professional when it was filled in during a consult.</summary>
    public sealed record Summary(int ResponseId, DateTime SubmittedAt, string Language, InstrumentDefinition Definition,
        IReadOnlyDictionary<string, string> Answers, IReadOnlySet<string> Shown, ScoreResult Score, HelpNearby.Result Help, string? ConsultBy)
    {
        public IEnumerable<Domain> Flagged => Definition.Domains.Where(d => Score[d.Key!].Result != DomainResult.Geen);
    }

    public PathwayIdentity Identity { get; private set; } = null!;
    /// <summary>Carries the new code from the POST to the one GET that shows it (a protected cookie, read once), never in the address.</summary>
    public const string CodeKey = "signalering-code";

    /// <summary>The code of the invitation just made: the only time it is shown.</summary>
    public string? NewCode { get; private set; }
    public string? Message { get; private set; }
    /// <summary>A questionnaire begun during a consult and not sent yet.</summary>
    public bool ConsultInProgress { get; private set; }
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public IReadOnlyList<Summary> Summaries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientRead, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        NewCode = TempData[CodeKey] as string;
        Message = TempData["Melding"] as string;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (!await authorizer.AllowsAsync(Permissions.ClientWrite, await pathways.ResourceAsync(id, ct), ct)) return Forbid();
        if ((await pathways.IdentitiesAsync([id], ct)).Count == 0) return NotFound();
        // Post/redirect/get: reloading the page that shows the code makes no second invitation.
        TempData[CodeKey] = InvitationCodes.Display((await selfReport.InviteAsync(id, users.GetUserId(User)!, ct)).Code);
        return Redirect($"/trajecten/{id}/signalering#code-titel");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if ((await pathways.IdentitiesAsync([id], ct)).GetValueOrDefault(id) is not { } identity) return NotFound();
        Identity = identity;
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Set<SignallingInvitation>().AsNoTracking().Include(i => i.Response)
            .Where(i => i.PathwayId == id).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToListAsync(ct);
        Invitations = [.. invitations.Select(i => new InvitationRow(i.Id, i.CreatedAt, i.ExpiresAt,
            i.Response?.SubmittedAt is not null ? "ingevuld" : now >= i.ExpiresAt ? "verlopen" : i.Response is null ? "open" : "open, zij is begonnen"))];
        var consults = await db.SignallingResponses.AsNoTracking()
            .Where(r => r.PathwayId == id && r.FilledBy == FilledBy.Professional).ToListAsync(ct);
        ConsultInProgress = consults.Any(r => r.SubmittedAt is null);
        var summaries = new List<Summary>();
        foreach (var response in invitations.Select(i => i.Response).OfType<SignallingResponse>().Concat(consults)
                     .Where(r => r.SubmittedAt is not null).OrderByDescending(r => r.SubmittedAt))
        {
            var definition = (await instruments.FindAsync(response.InstrumentVersionId, ct))!.Value.Definition;
            var answers = selfReport.Answers(response);
            var score = ScoringEngine.Score(definition, answers, partnerPresent: true);
            var flaggedThemes = definition.Domains.Where(d => score[d.Key!].Result != DomainResult.Geen).SelectMany(d => d.Themes);
            summaries.Add(new Summary(response.Id, response.SubmittedAt!.Value, response.Language, definition, answers,
                ScoringEngine.ShownItems(definition, answers, partnerPresent: true), score, await help.ForAsync(id, flaggedThemes, ct),
                response.FilledBy == FilledBy.Professional ? SelfReportService.ConsultBy(answers) ?? "een professional" : null));
            log.Add(db, new AccessEvent(AccessAction.Read, nameof(SignallingResponse), response.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ClientId: response.ClientKey, Details: "antwoorden signalering bekeken"));
        }
        if (summaries.Count > 0) await db.SaveChangesAsync(ct);
        Summaries = summaries;
        return Page();
    }
}
