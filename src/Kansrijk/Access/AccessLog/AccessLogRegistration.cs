using Microsoft.Extensions.Options;

namespace Kansrijk.Access.AccessLog;

public static class AccessLogRegistration
{
    public static IServiceCollection AddKansrijkAccessLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessLogOptions>().Bind(configuration.GetSection(AccessLogOptions.Section));
        services.AddSingleton(sp => AccessLogKey.Load(sp.GetRequiredService<IOptions<AccessLogOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton<AccessActor>();
        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<ChangeAudit>();
        services.AddSingleton<AccessLogCheckpoints>();
        services.AddSingleton<AccessLogSealer>();
        services.AddScoped<AccessLogVerifier>();
        return services;
    }

    /// <summary>After the start-up tasks, so the database exists before the first seal.</summary>
    public static IServiceCollection AddAccessLogSealing(this IServiceCollection services) => services.AddHostedService<AccessLogSealing>();
}
