using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>503 serverCapacityUnavailable: the cloud has no capacity for the requested server now.</summary>
public sealed class ServerCapacityUnavailableException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
