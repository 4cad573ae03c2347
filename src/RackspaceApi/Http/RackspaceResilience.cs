using System.Net;
using Autoscaler.RackspaceApi.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>The resilience pipelines: 413 waits its retry-after (any verb: the cloud refused it unexecuted), reads retry transient failures.</summary>
/// <remarks>Writes (POST, PUT, DELETE) are never retried on 5xx or timeouts: the cloud may have done them already.</remarks>
internal static class RackspaceResilience
{
    public static void ConfigureServiceCalls(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<RackspaceOptions>>().Value;
        var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RackspaceResilience));
        if (options.MaxOverLimitRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "OverLimit",
                MaxRetryAttempts = options.MaxOverLimitRetries,
                ShouldHandle = async args =>
                    await OverLimitDelayAsync(args.Outcome.Result, timeProvider, args.Context.CancellationToken).ConfigureAwait(false)
                        is { } delay && delay <= options.MaxOverLimitWait,
                DelayGenerator = async args =>
                    await OverLimitDelayAsync(args.Outcome.Result, timeProvider, args.Context.CancellationToken).ConfigureAwait(false),
                OnRetry = args =>
                {
                    var request = args.Outcome.Result?.RequestMessage;
                    HttpLog.OverLimitRetry(logger, request?.Method.Method ?? "", PathOf(request), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        AddReadRetry(builder, options);
        builder.AddTimeout(options.RequestTimeout);
    }

    public static void ConfigureIdentityCalls(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<RackspaceOptions>>().Value;
        if (options.MaxReadRetries > 0)
        {
            // Authenticating changes nothing in the cloud, so it is retried like a read even though v2.0 uses POST.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Identity",
                MaxRetryAttempts = options.MaxReadRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        builder.AddTimeout(options.RequestTimeout);
    }

    private static void AddReadRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, RackspaceOptions options)
    {
        if (options.MaxReadRetries == 0)
        {
            return;
        }

        var retry = new HttpRetryStrategyOptions
        {
            Name = "Reads",
            MaxRetryAttempts = options.MaxReadRetries,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = false,
        };
        retry.DisableForUnsafeHttpMethods();
        builder.AddRetry(retry);
    }

    /// <summary>The wait a 413 (or 429) asks for, or null when it is not one or names no retry-after (an absolute limit).</summary>
    internal static async Task<TimeSpan?> OverLimitDelayAsync(HttpResponseMessage? response, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (response is null || (response.StatusCode != HttpStatusCode.RequestEntityTooLarge && response.StatusCode != HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        if (header is not null)
        {
            return RetryAfterReader.Read(header, null, timeProvider.GetUtcNow());
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var fault = FaultReader.Read(body, (int)response.StatusCode);
        return RetryAfterReader.Read(null, fault.RetryAfter, timeProvider.GetUtcNow());
    }

    private static string PathOf(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(RackspaceRequestOptions.RelativePath, out var path) ? path : "";
}
