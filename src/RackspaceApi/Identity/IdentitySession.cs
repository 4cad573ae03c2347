using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Autoscaler.RackspaceApi.Identity;

/// <summary>Holds the current token and makes sure only one authentication runs at a time.</summary>
/// <remarks>
/// Calls made while an authentication is under way wait for it (each with its own cancellation) and all fail with a
/// <see cref="RackspaceAuthenticationException"/> when it fails; the next call then tries again. A token is renewed
/// <see cref="RackspaceOptions.TokenExpiryMargin"/> before it expires.
/// </remarks>
internal sealed class IdentitySession(
    IIdentityProvider provider,
    IOptions<RackspaceOptions> options,
    TimeProvider timeProvider,
    OperationNotifier notifier,
    ILogger<IdentitySession> logger)
{
    private readonly Lock _gate = new();
    private IdentityAccess? _current;
    private Task<IdentityAccess>? _pending;

    /// <summary>A valid token, authenticating first when there is none or it is about to expire.</summary>
    public Task<IdentityAccess> GetAccessAsync(CancellationToken cancellationToken)
    {
        Task<IdentityAccess> pending;
        lock (_gate)
        {
            if (_current is { } current && IsFresh(current))
            {
                return Task.FromResult(current);
            }

            pending = _pending ??= AuthenticateAsync();
        }

        return pending.WaitAsync(cancellationToken);
    }

    /// <summary>Called after a 401: drops <paramref name="refusedToken"/> and authenticates again (once for all callers).</summary>
    public Task<IdentityAccess> RefreshAsync(string refusedToken, CancellationToken cancellationToken)
    {
        Task<IdentityAccess> pending;
        lock (_gate)
        {
            if (_current is { } current && current.Token != refusedToken && IsFresh(current))
            {
                return Task.FromResult(current);
            }

            if (_current?.Token == refusedToken)
            {
                _current = null;
            }

            pending = _pending ??= AuthenticateAsync();
        }

        return pending.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets the token so the next call authenticates (the seed's Authenticate always did).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
        }
    }

    private bool IsFresh(IdentityAccess access) =>
        timeProvider.GetUtcNow() < access.Expires - options.Value.TokenExpiryMargin;

    private async Task<IdentityAccess> AuthenticateAsync()
    {
        // Leave the lock before any work, so the assignment of _pending happens before this method can clear it.
        await Task.Yield();
        var started = timeProvider.GetTimestamp();
        IdentityLog.Authenticating(logger, provider.IdentityUrl);
        using var timeout = new CancellationTokenSource(options.Value.AuthenticationTimeout, timeProvider);
        try
        {
            var access = await provider.AuthenticateAsync(timeout.Token).ConfigureAwait(false);
            lock (_gate)
            {
                _current = access;
                _pending = null;
            }

            IdentityLog.Authenticated(logger, provider.IdentityUrl, access.Expires);
            Notify(access.Identity.EventType, (int?)null, started, null);
            return access;
        }
        catch (Exception exception)
        {
            var failure = exception switch
            {
                RackspaceAuthenticationException known => known,
                OperationCanceledException => new RackspaceAuthenticationException(
                    $"Authentication with {provider.IdentityUrl} timed out after {options.Value.AuthenticationTimeout}.",
                    RackspaceEventType.ConnectionClosedWithoutResponse, exception),
                TimeoutRejectedException timedOut => new RackspaceAuthenticationException(
                    $"Authentication with {provider.IdentityUrl} timed out: no answer within {timedOut.Timeout}.",
                    RackspaceEventType.ConnectionClosedWithoutResponse, exception),
                HttpRequestException => new RackspaceAuthenticationException(
                    $"Authentication with {provider.IdentityUrl} failed: no response ({exception.Message}).",
                    RackspaceEventType.ConnectionClosedWithoutResponse, exception),
                RackspaceException rackspace => new RackspaceAuthenticationException(
                    $"Authentication with {provider.IdentityUrl} failed: {rackspace.Message}", rackspace.EventType, exception),
                _ => new RackspaceAuthenticationException(
                    $"Authentication with {provider.IdentityUrl} failed: {exception.GetType().Name}.", RackspaceEventType.UnknownFailure, exception),
            };
            lock (_gate)
            {
                _pending = null;
            }

            IdentityLog.AuthenticationFailed(logger, provider.IdentityUrl, failure.Message);
            Notify(failure.EventType, null, started, failure);
            throw failure;
        }
    }

    private void Notify(RackspaceEventType eventType, int? status, long started, Exception? error) =>
        notifier.Notify(new RackspaceOperationRecord(
            "Authenticate", "AUTH", provider.IdentityUrl.AbsolutePath, eventType, status, "", timeProvider.GetElapsedTime(started), error));
}
