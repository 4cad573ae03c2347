using Microsoft.Net.Http.Headers;

namespace Autoscaler.Controller.Operations.Access;

/// <summary>Refuses admin requests without the bearer token when one is required (REST: 401; gRPC: Unauthenticated).</summary>
/// <remarks>
/// Open to all: liveness and readiness (/healthz, /readyz, gRPC health), the agent protocol (which checks each
/// server's own token) and the dashboard's static shell (it holds no data; its API calls carry the token).
/// Everything else (the REST API, FleetAdmin over gRPC, reflection, /metrics) needs the token.
/// </remarks>
internal sealed class AdminAccessMiddleware(RequestDelegate next, AdminAccess access, ILogger<AdminAccessMiddleware> logger)
{
    private static readonly string[] OpenPrefixes = ["/healthz", "/readyz", "/grpc.health.v1.Health/", "/autoscaler.v1.Cloud/"];
    private static readonly string[] DashboardShell = ["/", "/index.html", "/dashboard.css", "/dashboard.js", "/chart.js", "/favicon.ico"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!access.TokenRequired || IsOpen(context.Request.Path))
        {
            return next(context);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        if (access.Accepts(authorization))
        {
            return next(context);
        }

        var problem = !access.HasToken ? "no admin token is configured"
            : string.IsNullOrEmpty(authorization) ? "no bearer token" : "wrong bearer token";
        OperationsLog.Refused(logger, context.Request.Path.Value ?? "", context.Connection.RemoteIpAddress?.ToString() ?? "unknown", problem);
        return Refuse(context);
    }

    private static bool IsOpen(PathString path)
    {
        var value = path.Value ?? "/";
        return DashboardShell.Contains(value, StringComparer.Ordinal)
            || OpenPrefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal));
    }

    private static Task Refuse(HttpContext context)
    {
        const string Message = "A bearer token (Operations:AdminToken) is required: send 'Authorization: Bearer <token>'.";
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            // A trailers-only gRPC response: HTTP 200 with the status in the headers.
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = "16";
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(Message);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsJsonAsync(new { code = 16, message = Message, details = Array.Empty<object>() });
    }
}
