using System.Globalization;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Coalitions;

/// <summary>
/// Changing, ending and removing an activity: each with its line in the coalition's history (a removed activity stays
/// there in words), and each refused when someone else saved the activity after the form was opened.
/// </summary>
public sealed partial class CoalitionEditor
{
    public static ActivityInput InputOf(Activity a) => new(a.Year.ToString(CultureInfo.InvariantCulture), a.Title, a.ActionLineId.ToString(CultureInfo.InvariantCulture),
        a.InterventionId?.ToString(CultureInfo.InvariantCulture), a.Status.ToString(), a.Reach?.ToString(CultureInfo.InvariantCulture), a.ReachUnit,
        a.OwnerPartnerId?.ToString(CultureInfo.InvariantCulture), a.Evaluation, a.StartsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.EndsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.TargetGroup);

    public async Task<FormErrors> ChangeActivityAsync(Coalition coalition, int activityId, int version, ActivityInput input, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var parsed = await ParseActivityAsync(coalition, input, errors, ct);
        if (parsed is null) return errors;
        var activity = await db.Activities.FirstAsync(a => a.Id == activityId && a.CoalitionId == coalition.Id, ct);
        var before = Describe(activity);
        db.ExpectVersion(activity, version);
        parsed.ApplyTo(activity);
        var after = Describe(activity);
        return await SaveVersionedAsync(coalition, $"Activiteit {activity.Year}: {activity.Title} gewijzigd: {Changes(before, after)}", "Title", who, ct);
    }

    /// <summary>Ends an activity on a date: it stays in the registry (and in the figures of its year) as completed, with the date.</summary>
    public async Task<FormErrors> EndActivityAsync(Coalition coalition, int activityId, int version, string? endsOn, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        var date = Date(endsOn, "EndDate", errors);
        if (date is null && !errors.Any) errors.Add("EndDate", "Vul de einddatum in.");
        var activity = await db.Activities.FirstAsync(a => a.Id == activityId && a.CoalitionId == coalition.Id, ct);
        if (date is not null && activity.StartsOn is { } start && date < start) errors.Add("EndDate", "De einddatum ligt voor de begindatum.");
        if (errors.Any) return errors;
        db.ExpectVersion(activity, version);
        activity.EndsOn = date;
        if (activity.Status is ActivityStatus.Planned or ActivityStatus.Running) activity.Status = ActivityStatus.Completed;
        return await SaveVersionedAsync(coalition,
            $"Activiteit {activity.Year}: {activity.Title} beëindigd op {LongDate(date!.Value)} ({CoalitionNames.Dutch(activity.Status)})", "EndDate", who, ct);
    }

    /// <summary>Removes an activity; the history keeps what it was.</summary>
    public async Task<FormErrors> RemoveActivityAsync(Coalition coalition, int activityId, int version, string who, CancellationToken ct)
    {
        var activity = await db.Activities.FirstAsync(a => a.Id == activityId && a.CoalitionId == coalition.Id, ct);
        db.ExpectVersion(activity, version);
        db.Activities.Remove(activity);
        return await SaveVersionedAsync(coalition, $"Activiteit {activity.Year}: {activity.Title} verwijderd (was: {Was(Describe(activity))})", "Remove", who, ct);
    }

    private async Task<FormErrors> SaveVersionedAsync(Coalition coalition, string what, string field, string who, CancellationToken ct)
    {
        var errors = new FormErrors();
        db.Add(new CoalitionChange { CoalitionId = coalition.Id, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedBy = who, What = what });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var last = await db.CoalitionChanges.AsNoTracking().Where(c => c.CoalitionId == coalition.Id).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
            errors.Add(field, Versions.Conflict(last?.ChangedBy, last?.ChangedAt) + (last is null ? "" : $" Die wijziging: {last.What}."));
        }
        return errors;
    }

    private static string Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        string.Join("; ", after.Where(kv => before[kv.Key] != kv.Value).Select(kv => $"{kv.Key} {before[kv.Key]} → {kv.Value}")) is { Length: > 0 } changed ? changed : "niets";

    private static string Was(Dictionary<string, string> described) => string.Join("; ", described.Where(kv => kv.Value != "—").Select(kv => $"{kv.Key} {kv.Value}"));

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static Dictionary<string, string> Describe(Activity a) => new()
    {
        ["jaar"] = a.Year.ToString(CultureInfo.InvariantCulture),
        ["naam"] = a.Title,
        ["status"] = CoalitionNames.Dutch(a.Status).ToLowerInvariant(),
        ["begin"] = a.StartsOn?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "—",
        ["einde"] = a.EndsOn?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "—",
        ["actielijn"] = a.ActionLineId.ToString(CultureInfo.InvariantCulture),
        ["interventie"] = a.InterventionId?.ToString(CultureInfo.InvariantCulture) ?? "—",
        ["bereik"] = a.Reach is null ? "—" : $"{a.Reach} {a.ReachUnit}",
        ["doelgroep"] = a.TargetGroup ?? "—",
        ["evaluatie"] = a.Evaluation ?? "—",
    };
}
