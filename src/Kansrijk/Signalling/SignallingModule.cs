namespace Kansrijk.Signalling;

/// <summary>
/// The Signalling module: instruments as versioned data, their scoring, and the answers of a woman (client data, schema
/// 'clients' on PostgreSQL). Other modules reach it only through its small contract.
/// </summary>
public static class SignallingModule
{
    public static IServiceCollection AddSignalling(this IServiceCollection services)
    {
        services.AddScoped<Instruments.InstrumentService>();
        services.AddScoped<Responses.SelfReportService>();
        services.AddScoped<Responses.ExternalOutcomeService>();
        services.AddScoped<SignallingCounts>();
        services.AddScoped<Pathways.IPathwayDataEraser, Responses.SignallingEraser>();
        services.AddSingleton<Pages.QuestionnaireCookie>();
        services.AddScoped<Pages.HelpNearby>();
        return services;
    }
}
