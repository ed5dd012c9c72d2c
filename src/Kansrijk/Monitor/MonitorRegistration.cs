using Kansrijk.Monitor.Import;

namespace Kansrijk.Monitor;

public static class MonitorRegistration
{
    public static IServiceCollection AddMonitor(this IServiceCollection services)
    {
        services.AddSingleton<MonitorDataVersion>();
        services.AddSingleton<MonitorCache>();
        services.AddScoped<MonitorQueries>();
        services.AddScoped<IndicatorImporter>();
        services.AddScoped<ProcessIndicators>();
        return services;
    }
}
