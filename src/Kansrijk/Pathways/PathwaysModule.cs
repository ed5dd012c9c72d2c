using Microsoft.Extensions.Options;

namespace Kansrijk.Pathways;

/// <summary>
/// The Pathways module: client data around a pregnancy (traject, toestemming, verwijzing). Its entities are reached only
/// through this module; other modules get counts or contact points through a small contract, never its tables.
/// </summary>
public static class PathwaysModule
{
    public static IServiceCollection AddPathways(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<ClientDataOptions>().Bind(configuration.GetSection(ClientDataOptions.Section));
        services.AddSingleton(sp => ClientDataProtector.Load(sp.GetRequiredService<IOptions<ClientDataOptions>>().Value, contentRoot));
        services.AddScoped<PathwayService>();
        services.AddScoped<PathwayReader>();
        services.AddScoped<PathwayCounts>();
        services.AddScoped<PathwayDemoData>();
        services.AddScoped<HomeVisits.HomeVisitService>();
        services.AddScoped<HomeVisits.HomeVisitView>();
        services.AddScoped<HomeVisits.HomeVisitWarnings>();
        services.AddScoped<Tasks.ITaskSource, HomeVisits.HomeVisitTasks>();
        services.AddScoped<Notices.NoticeService>();
        services.AddScoped<Retention.PathwayClosing>();
        services.AddScoped<Tasks.ITaskSource, Tasks.StaleReferralTasks>();
        services.AddPathwayJobs(configuration);
        services.AddOptions<PathwayOptions>().Bind(configuration.GetSection(PathwayOptions.Section));
        services.AddScoped<InvolvementService>();
        services.AddScoped<InvolvementLapse>();
        services.AddScoped<EmergencyAccessService>();
        services.AddScoped<PathwayCorrection>();
        services.AddScoped<PathwayAnonymiser>();
        services.AddScoped<PathwayTimeline>();
        return services;
    }
}
