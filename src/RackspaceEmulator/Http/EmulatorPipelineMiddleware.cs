using Autoscaler.RackspaceEmulator.Limits;
using Autoscaler.RackspaceEmulator.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Runs after routing: outages, latency, authentication, injected errors, rate limits, faults as documented
/// bodies, and the audit log.</summary>
internal sealed class EmulatorPipelineMiddleware(
    RequestDelegate next,
    CloudModel model,
    RateLimiter rateLimiter,
    ILogger<EmulatorPipelineMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var arrived = model.Now;
        var endpoint = http.GetEndpoint();
        var operation = endpoint?.Metadata.GetMetadata<EmulatorOperation>();
        var dialect = operation?.Dialect ?? DialectOf(http.Request.Path);
        var audited = 0;
        void Audit()
        {
            if (Interlocked.Exchange(ref audited, 1) == 0)
            {
                model.Audit.Record(new AuditEntry(
                    arrived,
                    http.Request.Method,
                    http.Request.Path.Value ?? string.Empty,
                    http.Request.QueryString.Value ?? string.Empty,
                    http.Response.StatusCode,
                    operation?.Name ?? string.Empty,
                    http.TenantOrNull()?.TenantId ?? string.Empty));
            }
        }

        // Recorded as the response starts, so a client that has its answer also finds it in the audit log.
        http.Response.OnStarting(() =>
        {
            Audit();
            return Task.CompletedTask;
        });
        try
        {
            if (dialect != ApiDialect.Admin)
            {
                await AdmitAsync(http, operation, endpoint is not null, dialect).ConfigureAwait(false);
            }

            await next(http).ConfigureAwait(false);
        }
        catch (CloudFaultException ex) when (!http.Response.HasStarted)
        {
            EmulatorLog.FaultReturned(logger, http.Request.Method, http.Request.Path, ex.Fault.Name, ex.Fault.Code);
            await FaultWriter.WriteAsync(http, ex.Fault, dialect).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !http.Response.HasStarted)
        {
            EmulatorLog.UnexpectedFailure(logger, http.Request.Method, http.Request.Path, ex);
            await FaultWriter.WriteAsync(http, CloudFault.CloudServersFault("The server has either erred or is incapable of performing the requested operation."), dialect)
                .ConfigureAwait(false);
        }
        finally
        {
            // A response that never started (aborted request) is still recorded.
            Audit();
        }
    }

    private async Task AdmitAsync(HttpContext http, EmulatorOperation? operation, bool routed, ApiDialect dialect)
    {
        var faults = model.Faults;
        var now = model.Now;
        if (faults.Outages.Any(o => o.Contains(now)))
        {
            throw new CloudFaultException(CloudFault.ServiceUnavailable("The service is currently unavailable (scheduled outage)."));
        }

        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, model.TimeProvider, http.RequestAborted).ConfigureAwait(false);
        }

        if (operation is null)
        {
            throw new CloudFaultException(routed
                ? CloudFault.BadMethod($"The method {http.Request.Method} is not allowed for this resource.")
                : CloudFault.ItemNotFound("The resource could not be found."));
        }

        if (operation.Authenticated)
        {
            http.SetTenant(Authenticate(http, dialect));
        }

        if (InjectedError(faults, operation.Name) is { } injected)
        {
            throw new CloudFaultException(injected);
        }

        if (http.TenantOrNull() is { } tenant)
        {
            var relative = RelativeUrl(http, tenant);
            if (rateLimiter.Check(tenant, http.Request.Method, relative) is { } overLimit)
            {
                throw new CloudFaultException(overLimit);
            }
        }
    }

    private TenantContext Authenticate(HttpContext http, ApiDialect dialect)
    {
        var account = model.Tokens.Validate(http.Request.Headers["X-Auth-Token"].ToString())
            ?? throw new CloudFaultException(CloudFault.Unauthorized(dialect == ApiDialect.V1
                ? "Unauthorized"
                : "No valid token provided. Please use the 'X-Auth-Token' header with a valid token."));
        var tenant = http.Request.RouteValues["tenantId"] as string;
        if (!string.Equals(tenant, account.TenantId, StringComparison.Ordinal))
        {
            throw new CloudFaultException(CloudFault.Unauthorized("The token is not valid for this tenant."));
        }

        var region = account.DefaultRegion.ToUpperInvariant();
        if (dialect == ApiDialect.V2)
        {
            region = (http.Request.RouteValues["region"] as string ?? string.Empty).ToUpperInvariant();
            if (!model.HasRegion(region))
            {
                throw new CloudFaultException(CloudFault.ItemNotFound($"Region {region} is not served."));
            }
        }

        return new TenantContext(account, region, dialect);
    }

    private CloudFault? InjectedError(FaultSettings faults, string operation)
    {
        if (!faults.Operations.TryGetValue(operation, out var fault) && !faults.Operations.TryGetValue("*", out fault))
        {
            return null;
        }

        if (fault.ErrorRate <= 0 || model.NextDouble() >= fault.ErrorRate)
        {
            return null;
        }

        return fault.StatusCode == StatusCodes.Status503ServiceUnavailable
            ? CloudFault.ServiceUnavailable("The service is currently unavailable (injected fault).")
            : CloudFault.CloudServersFault("The server has either erred or is incapable of performing the requested operation (injected fault).");
    }

    /// <summary>The path below the tenant plus the query, which the rate-limit regexes are matched against.</summary>
    private static string RelativeUrl(HttpContext http, TenantContext tenant)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        var marker = "/" + tenant.TenantId;
        var index = path.IndexOf(marker, StringComparison.Ordinal);
        var relative = index >= 0 ? path[(index + marker.Length)..] : path;
        return relative + http.Request.QueryString.Value;
    }

    private static ApiDialect DialectOf(PathString path) =>
        path.StartsWithSegments("/v1.0") ? ApiDialect.V1
        : path.StartsWithSegments("/v2.0") ? ApiDialect.Identity
        : path.StartsWithSegments("/__emulator") ? ApiDialect.Admin
        : ApiDialect.V2;
}
