{#-
    Incremental strategy `replace_window`: in one statement batch (inside the model's
    transaction), delete the target rows that match ANY of `incremental_predicates` or whose
    `unique_key` arrives in the new rows, then insert the new rows.

    * Per-article tables pass `incremental_predicates: [partition_date in the window]` and no
      key: a rerun of a partition replaces its rows, and rows of articles that vanished from the
      window are deleted too.
    * Event facts pass the key and a predicate that selects every event that had a mention in
      the window before this run: events whose last mention moved away disappear.
-#}
{% macro get_incremental_replace_window_sql(arg_dict) %}
    {%- set target = arg_dict['target_relation'] -%}
    {%- set source = arg_dict['temp_relation'] -%}
    {%- set unique_key = arg_dict['unique_key'] -%}
    {%- set predicates = arg_dict['incremental_predicates'] or [] -%}
    {%- set columns = get_quoted_csv(arg_dict['dest_columns'] | map(attribute='name')) -%}
    {%- set conditions = [] -%}
    {%- for predicate in predicates -%}
        {%- do conditions.append('(' ~ predicate ~ ')') -%}
    {%- endfor -%}
    {%- if unique_key -%}
        {%- do conditions.append(unique_key ~ ' in (select ' ~ unique_key ~ ' from ' ~ source ~ ')') -%}
    {%- endif -%}
    {%- if not conditions -%}
        {{ exceptions.raise_compiler_error('replace_window needs incremental_predicates or a unique_key') }}
    {%- endif %}
    delete from {{ target }}
    where {{ conditions | join('\n        or ') }};

    insert into {{ target }} ({{ columns }})
    select {{ columns }} from {{ source }}
{% endmacro %}
