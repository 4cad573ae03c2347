using System.Net;

namespace Autoscaler.RackspaceApi.Faults;

/// <summary>403 resizeNotAllowed: the server cannot be resized (to that flavor).</summary>
public sealed class ResizeNotAllowedException(string operation, HttpStatusCode statusCode, RackspaceFault fault, string rawBody)
    : RackspaceFaultException(operation, statusCode, fault, rawBody);
