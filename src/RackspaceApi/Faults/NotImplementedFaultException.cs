using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>501 notImplemented: the cloud does not implement the operation.</summary>
public sealed class NotImplementedFaultException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
