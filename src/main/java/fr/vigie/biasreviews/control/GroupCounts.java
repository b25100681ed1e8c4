package fr.vigie.biasreviews.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One group of an examined attribute with its confusion matrix at the deployed threshold (whole counts). */
public class GroupCounts {

  /** Upper bound of a count: keeps n = TP+FP+TN+FN far inside a long. */
  public static final long MAX_COUNT = 1_000_000_000_000L;

  @NotBlank @Size(max = 100) public String name;

  @NotNull @Min(value = 0, message = "{vigie.bias.count}") @Max(value = MAX_COUNT, message = "{vigie.bias.count}")
  public Long tp;

  @NotNull @Min(value = 0, message = "{vigie.bias.count}") @Max(value = MAX_COUNT, message = "{vigie.bias.count}")
  public Long fp;

  @NotNull @Min(value = 0, message = "{vigie.bias.count}") @Max(value = MAX_COUNT, message = "{vigie.bias.count}")
  public Long tn;

  @NotNull @Min(value = 0, message = "{vigie.bias.count}") @Max(value = MAX_COUNT, message = "{vigie.bias.count}")
  public Long fn;

  public GroupCounts() {}

  public GroupCounts(String name, long tp, long fp, long tn, long fn) {
    this.name = name;
    this.tp = tp;
    this.fp = fp;
    this.tn = tn;
    this.fn = fn;
  }

  ConfusionMatrix matrix() {
    return new ConfusionMatrix(tp, fp, tn, fn);
  }
}
