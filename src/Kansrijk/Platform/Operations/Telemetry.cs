using Kansrijk.Platform.Settings;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;

namespace Kansrijk.Platform.Operations;

/// <summary>
/// OpenTelemetry traces (ASP.NET Core, EF Core, outgoing HTTP) and metrics (ASP.NET Core, outgoing HTTP, the .NET
/// runtime), exported over OTLP when OpenTelemetry:OtlpEndpoint is set. Log lines carry the trace and span id
/// (Serilog takes them from the current activity). See docs/configuration.md.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddKansrijkTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var export = !string.IsNullOrWhiteSpace(options.OtlpEndpoint) && Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out _);
        if (!export && !options.Enabled)
        {
            return services;
        }
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceVersion: Web.HealthEndpoint.Version))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (export)
        {
            telemetry.UseOtlpExporter(options.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                new Uri(options.OtlpEndpoint!));
        }
        return services;
    }
}

/// <summary>The request log: on in Development, off elsewhere unless RequestLog:Enabled; successful requests sampled.</summary>
public static class RequestLog
{
    public static WebApplication UseKansrijkRequestLog(this WebApplication app)
    {
        var options = app.Configuration.GetSection(RequestLogOptions.Section).Get<RequestLogOptions>() ?? new RequestLogOptions();
        if (!(options.Enabled ?? app.Environment.IsDevelopment()))
        {
            return app;
        }
        var rate = options.SampleRate;
        app.UseSerilogRequestLogging(o =>
        {
            // The client address after the forwarded headers: the proxy's header when the request came from a known proxy.
            o.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
            o.GetLevel = (context, elapsed, error) =>
            error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : elapsed > 2000 ? LogEventLevel.Warning
            : rate >= 1 || Random.Shared.NextDouble() < rate ? LogEventLevel.Information
            : LogEventLevel.Verbose;
        });
        return app;
    }
}
