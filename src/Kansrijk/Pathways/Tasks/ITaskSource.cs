namespace Kansrijk.Pathways.Tasks;

/// <summary>
/// One thing a professional should do, for "Mijn taken": what, where, by when. The title holds no client data (numbers,
/// offers, statuses), so the list can be shown without decrypting or logging anything.
/// </summary>
/// <param name="PathwayId">The pathway it is about, when there is one.</param>
public sealed record TaskItem(string Title, string Url, DateOnly? Due, bool Overdue, int? PathwayId);

/// <summary>A kind of task (quiet referrals, the week-28 warning of the home visit, …); "Mijn taken" shows them all.</summary>
public interface ITaskSource
{
    /// <summary>The tasks of the given organisations (the professional's own), due or overdue.</summary>
    Task<IReadOnlyList<TaskItem>> TasksAsync(IReadOnlySet<int> organisations, CancellationToken ct);
}
