using Kansrijk.Pathways.Notices;
using Kansrijk.Pathways.Retention;
using Quartz;

namespace Kansrijk.Pathways;

/// <summary>Work a scheduled job does; tests call <see cref="RunAsync"/> directly. Returns how many things it did.</summary>
public interface IScheduledWork
{
    Task<int> RunAsync(CancellationToken ct);
}

/// <summary>Pathways:Schedule — when the jobs run: Quartz cron expressions in Europe/Amsterdam time (docs/configuration.md).</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Pathways:Schedule";

    /// <summary>Run the jobs in this instance at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Reminders for referrals without change for 14 days: every day at 7.00.</summary>
    public string Reminders { get; set; } = "0 0 7 * * ?";

    /// <summary>Removing personal data after the retention period: every night at 2.30.</summary>
    public string Retention { get; set; } = "0 30 2 * * ?";

    /// <summary>Ending involvement without activity for Pathways:InvolvementLapseMonths: every night at 2.45.</summary>
    public string Lapse { get; set; } = "0 45 2 * * ?";

    /// <summary>The e-mail "there is something new": every 5 minutes.</summary>
    public string Mail { get; set; } = "0 0/5 * * * ?";

    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}

/// <summary>A Quartz job that runs one piece of work in a scope of its own and logs a failure for the next run to retry.</summary>
public abstract class ScopedJob<TWork>(IServiceScopeFactory scopes, ILogger logger) : IJob where TWork : IScheduledWork
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var done = await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(cancellationToken);
            logger.LogDebug("{Job} ran: {Done}", typeof(TWork).Name, done);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{Job} failed; it runs again at its next time", typeof(TWork).Name);
        }
    }
}

[DisallowConcurrentExecution]
public sealed class ReminderJob(IServiceScopeFactory scopes, ILogger<ReminderJob> logger) : ScopedJob<StaleReferralReminders>(scopes, logger);

[DisallowConcurrentExecution]
public sealed class RetentionJob(IServiceScopeFactory scopes, ILogger<RetentionJob> logger) : ScopedJob<PathwayRetention>(scopes, logger);

[DisallowConcurrentExecution]
public sealed class InvolvementLapseJob(IServiceScopeFactory scopes, ILogger<InvolvementLapseJob> logger) : ScopedJob<InvolvementLapse>(scopes, logger);

public sealed class NoticeMailJob(IServiceScopeFactory scopes, ILogger<NoticeMailJob> logger) : ScopedJob<NoticeMailer>(scopes, logger);

public static class PathwayScheduling
{
    public static IServiceCollection AddPathwayJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
            .Validate(o => IsCron(o.Reminders), "Pathways:Schedule:Reminders is geen geldige cron-uitdrukking (Quartz), bijvoorbeeld 0 0 7 * * ?.")
            .Validate(o => IsCron(o.Retention), "Pathways:Schedule:Retention is geen geldige cron-uitdrukking (Quartz), bijvoorbeeld 0 30 2 * * ?.")
            .Validate(o => IsCron(o.Lapse), "Pathways:Schedule:Lapse is geen geldige cron-uitdrukking (Quartz), bijvoorbeeld 0 45 2 * * ?.")
            .Validate(o => IsCron(o.Mail), "Pathways:Schedule:Mail is geen geldige cron-uitdrukking (Quartz), bijvoorbeeld 0 0/5 * * * ?.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.RetentionMonths is >= 1 and <= 240, "Pathways:RetentionMonths moet tussen 1 en 240 liggen.")
            .ValidateOnStart();
        services.AddScoped<StaleReferralReminders>();
        services.AddScoped<PathwayRetention>();
        services.AddScoped<NoticeMailer>();
        var schedule = configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
        if (!schedule.Enabled) return services;
        services.AddQuartz(q =>
        {
            q.UseInMemoryStore();
            q.UseDefaultThreadPool(2);
            // An invalid expression is left out here; the options check above stops the app with a clear line.
            Schedule<ReminderJob>(q, "herinneringen", schedule.Reminders);
            Schedule<RetentionJob>(q, "bewaartermijn", schedule.Retention);
            Schedule<InvolvementLapseJob>(q, "betrokkenheid-vervalt", schedule.Lapse);
            Schedule<NoticeMailJob>(q, "e-mail", schedule.Mail);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    public static bool IsCron(string? text) => CronExpression.TryParse(text, out _);

    private static void Schedule<TJob>(IQuartzBuilder quartz, string name, string cron) where TJob : IJob
    {
        if (!IsCron(cron)) return;
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name).WithCronSchedule(cron, c => c.InTimeZone(ScheduleOptions.TimeZone)),
            job => job.WithIdentity(name));
    }
}
