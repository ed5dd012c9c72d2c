using System.Globalization;
using Kansrijk.Pathways.Tasks;
using Kansrijk.Platform.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.CaseMeetings;

/// <summary>
/// Open actions of case meetings in "Mijn taken" of the professional who owns them (not her colleagues'). The title
/// names the meeting and its date, never the case.
/// </summary>
public sealed class CaseMeetingTasks(KansrijkDb db, IHttpContextAccessor http, UserManager<Access.User> users, TimeProvider clock) : ITaskSource
{
    public async Task<IReadOnlyList<TaskItem>> TasksAsync(IReadOnlySet<int> organisations, CancellationToken ct)
    {
        var userId = http.HttpContext?.User is { } user ? users.GetUserId(user) : null;
        return userId is null ? [] : await ForUserAsync(userId, ct);
    }

    public async Task<IReadOnlyList<TaskItem>> ForUserAsync(string userId, CancellationToken ct)
    {
        var rows = await (from a in db.Set<CaseAction>().AsNoTracking()
                          where a.OwnerUserId == userId && a.DoneAt == null
                          join c in db.Set<MeetingCase>() on a.CaseId equals c.Id
                          join m in db.Set<CaseMeeting>() on c.MeetingId equals m.Id
                          // She still takes part: an owner taken off the meeting cannot open it.
                          where m.Participants.Any(p => p.UserId == userId)
                          orderby a.DueDate
                          select new { a.Id, a.DueDate, MeetingId = m.Id, CaseId = c.Id, m.Name, m.StartsAt }).Take(200).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. rows.Select(r => new TaskItem(
            $"Actie uit overleg {r.Name} van {TimeZoneInfo.ConvertTimeFromUtc(r.StartsAt, CaseMeetingService.Amsterdam).ToString("d MMMM yyyy", Dutch)}",
            $"/overleggen/{r.MeetingId}/casussen/{r.CaseId}#actie-{r.Id}", r.DueDate, r.DueDate < today, null))];
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
}
