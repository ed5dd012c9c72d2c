using Quartz;

namespace Kansrijk.Monitor;

/// <summary>
/// Counts the process indicators from the pathways every night (Monitor:ProcessIndicatorSchedule, a Quartz cron
/// expression in Europe/Amsterdam time, default 3.15). Safe to run on two instances at once: a second run finds nothing
/// changed and writes nothing.
/// </summary>
public sealed class ProcessIndicatorJob(IServiceScopeFactory scopes, ILogger<ProcessIndicatorJob> logger) : IJob
{
    public const string ScheduleKey = "Monitor:ProcessIndicatorSchedule";
    public const string DefaultSchedule = "0 15 3 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var changed = await scope.ServiceProvider.GetRequiredService<ProcessIndicators>().RefreshAsync("planner", cancellationToken);
            logger.LogInformation("Procesindicatoren bijgewerkt: {Changed} cijfers veranderd", changed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Procesindicatoren bijwerken mislukt; de volgende keer opnieuw");
        }
    }

    public static void Schedule(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var cron = configuration[ScheduleKey] ?? DefaultSchedule;
        if (!CronExpression.TryParse(cron, out _)) throw new InvalidOperationException($"{ScheduleKey} is geen geldige cron-uitdrukking (Quartz), bijvoorbeeld {DefaultSchedule}.");
        quartz.ScheduleJob<ProcessIndicatorJob>(
            trigger => trigger.WithIdentity("procesindicatoren").WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"))),
            job => job.WithIdentity("procesindicatoren"));
    }
}
