package de.foerderlotse.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters of every list ({@code @BeanParam}): {@code page} from 0 to {@value
 * #MAX_PAGE} (default 0) and {@code size} from 1 to {@value #MAX_SIZE} (default {@value
 * #DEFAULT_SIZE}).
 */
public class PageParams {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** Bounds the offset a query may skip. */
  public static final int MAX_PAGE = 10000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "mindestens 0")
  @Max(value = MAX_PAGE, message = "höchstens " + MAX_PAGE)
  int page;

  @QueryParam("size")
  @DefaultValue("" + DEFAULT_SIZE)
  @Min(value = 1, message = "mindestens 1")
  @Max(value = MAX_SIZE, message = "höchstens " + MAX_SIZE)
  int size;

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }
}
