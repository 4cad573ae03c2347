using Autoscaler.RackspaceApi.Events;
using Autoscaler.RackspaceApi.Faults;

namespace Autoscaler.RackspaceApi.Serialization;

/// <summary>A successful response whose body could not be read as the documented document.</summary>
public sealed class RackspaceResponseFormatException(string operation, string problem, Exception? innerException = null)
    : RackspaceException($"{operation}: the response body could not be read: {problem}", RackspaceEventType.UnknownFailure, innerException);
