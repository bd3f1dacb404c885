-- The language of every article: identified by extraction, else the one the input gave.
with

articles as (

    select * from {{ ref('stg_articles') }}

),

article_languages as (

    select * from {{ ref('stg_article_languages') }}

),

final as (

    select
        articles.article_id,
        articles.partition_date,
        coalesce(article_languages.language, articles.input_language) as language,
        case
            when article_languages.language is not null then article_languages.language_source
            when articles.input_language is not null then 'input'
        end as language_source

    from articles
    left join article_languages
        on
            articles.article_id = article_languages.article_id
            and articles.partition_date = article_languages.partition_date

)

select * from final
