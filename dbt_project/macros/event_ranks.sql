{#-
    Rank of each report of an event by how specific its date is (a range, a day, a month, a
    year, none), then the earliest report: rank 1 says when the event took place.
-#}
{% macro most_specific_date_rank() -%}
row_number() over (
            partition by event_id
            order by
                case date_precision
                    when 'range' then 1
                    when 'day' then 2
                    when 'month' then 3
                    when 'year' then 4
                    else 5
                end,
                partition_date,
                article_id,
                char_start
        )
{%- endmacro %}
