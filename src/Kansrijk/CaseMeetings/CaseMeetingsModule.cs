namespace Kansrijk.CaseMeetings;

/// <summary>
/// The CaseMeetings module: case meetings (MDO, network, working group), their participants, cases by name (with her
/// case-meeting consent) or anonymous, actions and minutes. It reaches the pathways only through <see cref="Pathways.PathwayCaseLinks"/>;
/// other modules get counts through <see cref="CaseMeetingCounts"/>.
/// </summary>
public static class CaseMeetingsModule
{
    public static IServiceCollection AddCaseMeetings(this IServiceCollection services)
    {
        services.AddScoped<Pathways.PathwayCaseLinks>();
        services.AddScoped<CaseMeetingService>();
        services.AddScoped<MeetingInvitations>();
        services.AddScoped<MeetingChanges>();
        services.AddScoped<CaseMeetingReader>();
        services.AddScoped<CaseMeetingCounts>();
        services.AddScoped<Pathways.IPathwayDataEraser, CaseMeetingEraser>();
        services.AddScoped<CaseMeetingTasks>();
        services.AddScoped<Pathways.Tasks.ITaskSource>(sp => sp.GetRequiredService<CaseMeetingTasks>());
        return services;
    }
}
