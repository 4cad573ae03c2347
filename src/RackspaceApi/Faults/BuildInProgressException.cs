using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>409 buildInProgress: the server is still building and cannot take this action yet.</summary>
public sealed class BuildInProgressException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
