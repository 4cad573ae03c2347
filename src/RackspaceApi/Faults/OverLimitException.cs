using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>413 overLimit: a rate or absolute limit was hit; <see cref="RetryAfter"/> says when to try again.</summary>
public sealed class OverLimitException(
    string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody, TimeSpan? retryAfter)
    : RackspaceFaultException(operation, statusCode, fault, rawBody)
{
    /// <summary>How long to wait before trying again (from retryAfter or Retry-After), or null for an absolute limit.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
