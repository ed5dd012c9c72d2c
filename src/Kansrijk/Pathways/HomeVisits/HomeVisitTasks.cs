using Kansrijk.Pathways.Tasks;

namespace Kansrijk.Pathways.HomeVisits;

/// <summary>The week-28 warnings of the prenatal home visit in "Mijn taken": plan it before week 30.</summary>
public sealed class HomeVisitTasks(HomeVisitWarnings warnings) : ITaskSource
{
    public async Task<IReadOnlyList<TaskItem>> TasksAsync(IReadOnlySet<int> organisations, CancellationToken ct) =>
        [.. (await warnings.ForOrganisationsAsync(organisations, ct))
            // due when week 30 begins: the due date is the first day of week 40
            .Select(w => new TaskItem(w.Text, $"/verwijzingen/{w.ReferralId}/huisbezoek", w.DueDate.AddDays(-(40 - HomeVisitDeadline.TargetWeek) * 7), w.Overdue, w.PathwayId))];
}
