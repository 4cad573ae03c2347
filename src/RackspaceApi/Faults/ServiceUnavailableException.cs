using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>503 serviceUnavailable: the service is temporarily unavailable.</summary>
public sealed class ServiceUnavailableException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
